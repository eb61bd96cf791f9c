import { describe, expect, it } from 'vitest';
import { inlineRemoteAssets } from '../../scripts/docs.ts';

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
