// sax ships no types: the little of its strict parser the XML helper uses.
declare module 'sax' {
  interface QualifiedTag {
    local: string;
    attributes: Record<string, { value: string }>;
  }
  interface SaxParser {
    onopentag: (tag: QualifiedTag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    onerror: (error: Error) => void;
    write(xml: string): SaxParser;
    close(): SaxParser;
  }
  const sax: { parser(strict: boolean, options?: { xmlns?: boolean }): SaxParser };
  export default sax;
  export type { QualifiedTag };
}
