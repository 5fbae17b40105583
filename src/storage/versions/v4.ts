import type { Dexie } from 'dexie';
import { v3Stores } from './v3';

/**
 * Version 4, readiness reports: signingKeys holds each profile's ECDSA key pair (the private key a
 * non-extractable CryptoKey, kept by structured clone) with its public JWK and next sequence number;
 * teamReports the newest verified report per learner; teamKeys the public key pinned per learner on first
 * import; teamSources each file imported (name, when, for whom). New tables only: no data step.
 */
export const v4Stores = {
  ...v3Stores,
  signingKeys: 'profileId',
  teamReports: 'profileId',
  teamKeys: 'profileId',
  teamSources: 'id, profileId, importedAt',
};

export function declareV4(db: Dexie): void {
  db.version(4).stores(v4Stores);
}
