/**
 * The Idempotency-Key of a form that records money: made when the form opens and sent again with
 * every retry of the same request, so a retry after a lost answer records once. A changed request
 * is a new one and gets a new key (the server refuses an old key with another body).
 */
export class RetryKey {
  #key: string;
  #sent: string | undefined;

  constructor(private readonly makeKey: () => string = () => crypto.randomUUID()) {
    this.#key = makeKey();
  }

  /** The key to send with `body`: the same as last time while the body is unchanged. */
  for(body: unknown): string {
    const sent = JSON.stringify(body);
    if (this.#sent !== undefined && this.#sent !== sent) this.#key = this.makeKey();
    this.#sent = sent;
    return this.#key;
  }
}
