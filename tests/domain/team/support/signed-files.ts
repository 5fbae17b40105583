import { serializeReadinessReport } from '@/domain/team/readiness-report-file';
import type { PublicJwk, ReadinessReportPayload } from '@/domain/team/readiness-report-schema';
import { exportPublicJwk, generateSigningKeyPair, signPayload } from '@/domain/team/readiness-report-signature';
import { reportPayload } from './team-fixtures';

export type TestSigner = { privateKey: CryptoKey; publicKey: PublicJwk };

export async function testSigner(): Promise<TestSigner> {
  const pair = await generateSigningKeyPair();
  return { privateKey: pair.privateKey, publicKey: await exportPublicJwk(pair.publicKey) };
}

/** A signed report file's text for the payload (its public key set to the signer's unless given). */
export async function signedFile(
  signer: TestSigner,
  overrides: Partial<ReadinessReportPayload> = {},
): Promise<{ text: string; payload: ReadinessReportPayload; signature: string }> {
  const payload = reportPayload({ publicKey: signer.publicKey, ...overrides });
  const signature = await signPayload(signer.privateKey, payload);
  return { text: serializeReadinessReport({ payload, signature }), payload, signature };
}
