import { describe, expect, it } from 'vitest';
import { tunePagefindScript } from '../../src/search-index/pagefind-script';

const wasm = 'async loadWasm(language){try{const wasm_url=`${this.basePath}wasm.${language}.pagefind`;let r=await fetch(wasm_url);}';
const script = `async getPtr(){while(this.raw_ptr===null){await asyncSleep(50);}} async mergeIndex(){while(this.primary.wasm===null){await asyncSleep(50);}} debounce(){await asyncSleep(300);} ${wasm}`;

describe('tunePagefindScript', () => {
  it("shortens Pagefind's two polling loops, fetches the WebAssembly from beside the script, and changes nothing else", () => {
    expect(tunePagefindScript(script)).toBe(
      script.replaceAll('asyncSleep(50)', 'asyncSleep(4)').replace('`${this.basePath}wasm.${language}.pagefind`', 'new URL(`wasm.${language}.pagefind`,import.meta.url).href'),
    );
  });

  it('fails loudly on a script without what it edits, or with more of it', () => {
    expect(() => tunePagefindScript(script.replaceAll('asyncSleep(50)', 'asyncSleep(4)'))).toThrow(/0 of the polling loop where 2 were expected/);
    expect(() => tunePagefindScript(`${script} await asyncSleep(50);`)).toThrow(/3 of the polling loop/);
    expect(() => tunePagefindScript(script.replace('this.basePath}wasm', 'base}wasm'))).toThrow(/0 of the WebAssembly address/);
  });
});
