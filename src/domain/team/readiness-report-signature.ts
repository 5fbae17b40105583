import { fromBase64Url, toBase64Url } from './base64url';
import { canonicalBytes } from './canonical-json';
import type { PublicJwk, ReadinessReportPayload, SignedReadinessReport } from './readiness-report-schema';

// ECDSA P-256 with SHA-256 over the payload's canonical JSON; the signature is the 64-byte IEEE P1363 form
// (r || s) WebCrypto produces, in base64url. Uses the global WebCrypto (`crypto.subtle`), in browsers and Node.

const algorithm = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const signing = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** A new key pair; the private key cannot be exported, so it never leaves the device's storage. */
export function generateSigningKeyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(algorithm, false, ['sign', 'verify']);
}

/** The public half as the four-field JWK a report carries. */
export async function exportPublicJwk(publicKey: CryptoKey): Promise<PublicJwk> {
  const jwk = await crypto.subtle.exportKey('jwk', publicKey);
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y) throw new TypeError('not a P-256 public key');
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

export async function signPayload(privateKey: CryptoKey, payload: ReadinessReportPayload): Promise<string> {
  const signature = await crypto.subtle.sign(signing, privateKey, canonicalBytes(payload));
  return toBase64Url(new Uint8Array(signature));
}

/** Verifies `signature` over `bytes` with a public JWK; false (never a throw) for a key that is not a P-256 point. */
export async function verifyBytes(
  publicKey: PublicJwk,
  bytes: Uint8Array<ArrayBuffer>,
  signature: string,
): Promise<boolean> {
  const raw = fromBase64Url(signature);
  if (!raw || raw.length !== 64) return false;
  try {
    const key = await crypto.subtle.importKey('jwk', { ...publicKey, ext: true }, algorithm, false, ['verify']);
    return await crypto.subtle.verify(signing, key, raw, bytes);
  } catch {
    return false;
  }
}

/** True when the report's signature is valid for its payload under the public key it carries. */
export function verifyReadinessReport(report: SignedReadinessReport): Promise<boolean> {
  return verifyBytes(report.payload.publicKey, canonicalBytes(report.payload), report.signature);
}

/** The same public key: both coordinates equal. */
export function sameKey(a: PublicJwk, b: PublicJwk): boolean {
  return a.x === b.x && a.y === b.y;
}
