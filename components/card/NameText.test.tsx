// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { NameText } from './NameText';

describe('NameText', () => {
  it('shows a name in its own bidi isolate, without bidi controls', () => {
    const root = document.createElement('div');
    render(<NameText text={'\u202eNAP\u202c \u2066IHSOUHZ\u2069 \u202a\u202b\u202d'} />, root);
    const bdi = root.querySelector('bdi');
    expect(bdi?.textContent).toBe('NAP IHSOUHZ ');
    expect(root.textContent).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
