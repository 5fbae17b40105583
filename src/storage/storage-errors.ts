/** A repository refused an operation that breaks a rule of the data (not a browser failure). */
export class StorageRuleError extends Error {
  readonly rule: 'not-found' | 'attempt-closed';

  constructor(rule: 'not-found' | 'attempt-closed', message: string) {
    super(message);
    this.name = 'StorageRuleError';
    this.rule = rule;
  }
}
