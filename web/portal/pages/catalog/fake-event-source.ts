/** An EventSource for tests: the test opens, fails and closes it, and sends events by name. */
export class FakeEventSource {
  static instances: FakeEventSource[] = [];
  readyState = 0;
  closed = false;
  private readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();

  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }

  static latest(): FakeEventSource {
    const source = FakeEventSource.instances.at(-1);
    if (!source) throw new Error('No EventSource was opened');
    return source;
  }

  static reset(): void {
    FakeEventSource.instances = [];
  }

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
    this.readyState = 2;
  }

  emit(type: string, data = ''): void {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data }));
  }

  open(): void {
    this.readyState = 1;
    this.emit('open');
  }

  /** The server ended the stream (readyState CLOSED), or the browser is reconnecting by itself (CONNECTING). */
  fail(closed: boolean): void {
    this.readyState = closed ? 2 : 0;
    this.emit('error');
  }

  stock(items: { id: string; available: number | null }[]): void {
    this.emit('stock', JSON.stringify({ items }));
  }
}
