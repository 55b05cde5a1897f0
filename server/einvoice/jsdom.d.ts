/** The part of jsdom (a development dependency without bundled types) the e-invoice rule checks use. */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { DOMParser: typeof DOMParser };
  }
}
