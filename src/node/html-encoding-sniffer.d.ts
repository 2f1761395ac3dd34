// Types for html-encoding-sniffer (jsdom's own implementation of the HTML Standard's encoding
// sniffing algorithm), which ships none.
declare module 'html-encoding-sniffer' {
  /**
   * The encoding of an HTML byte stream: BOM, then the transport-layer label, then the <meta> prescan
   * of the first 1,024 bytes, then `defaultEncoding` (windows-1252 when not given). Returns an
   * encoding name as the Encoding Standard spells it ("UTF-8", "Shift_JIS", "windows-1252").
   */
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
