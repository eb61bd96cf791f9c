import { describe, expect, it } from 'vitest';
import { inlineRemoteAssets, spaceSearchText } from '../../scripts/docs.ts';

describe('inlineRemoteAssets', () => {
  it('replaces the attribution logos with inline SVGs', () => {
    const html = '<img src="https://cdn.redoc.ly/redoc/logo-mini-full.svg"><img src="https://cdn.redoc.ly/redoc/logo-mini.svg">';
    const out = inlineRemoteAssets(html);
    expect(out).not.toContain('https://');
    expect(out.match(/data:image\/svg\+xml,/g)).toHaveLength(2);
    expect(decodeURIComponent(out)).toContain('>Redocly</text>');
  });

  it('fails loudly when Redoc stops referencing an asset, so the inlining is reviewed', () => {
    expect(() => inlineRemoteAssets('<img src="https://cdn.redoc.ly/redoc/logo-mini.svg">'))
      .toThrow('Redoc no longer references https://cdn.redoc.ly/redoc/logo-mini-full.svg');
  });
});

describe('spaceSearchText', () => {
  // Redoc's walk as minified in the bundle Redocly CLI 2.77 inlines (names vary between builds).
  const walk = 'function QT(e){let t=[];function n(e){if(!Yae(e)){typeof e.attributes?.content==`string`&&t.push(e.attributes.content);for(let t of e.children??[])n(t)}}return n(e),t.join(``)}';

  it('makes the walk end list items, paragraphs and line breaks with a space', () => {
    const patched = spaceSearchText(`x;${walk};y`);
    const textOf = new Function('Yae', `${patched.slice(2, -2)}; return QT;`)(() => false) as (node: object) => string;
    const item = (text: string) => ({ type: 'item', children: [{ type: 'text', attributes: { content: text } }] });
    expect(textOf({ type: 'list', children: [item('never tokens.'), item('Dates are seconds.')] })).toBe('never tokens. Dates are seconds. ');
  });

  it('fails loudly when the walk is not found exactly once', () => {
    expect(() => spaceSearchText('<html></html>')).toThrow("Redoc's search-text walk found 0 times");
    expect(() => spaceSearchText(`${walk}${walk}`)).toThrow('found 2 times');
  });
});

