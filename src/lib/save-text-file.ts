// Chromium can cancel a download whose object URL is revoked in the same task as the click, so the URL
// is released a little later.
const revokeAfterMs = 10_000;

/**
 * Offers text as a file download: a Blob behind a temporary <a download>, created in code so that the
 * page's script-src 'self' policy holds (no inline script, no data: URL navigation).
 */
export function saveTextFile({ fileName, text }: { fileName: string; text: string }, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Firefox only follows a click on a link that is part of the document.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
}
