import { describe, expect, it } from 'vitest';
import { titleKey } from './paper-title';

describe('titleKey', () => {
  it('ignores case, accents, punctuation and spacing, and keeps word breaks', () => {
    expect(titleKey('LLMLingua-2: Data Distillation…')).toBe('llmlingua 2 data distillation');
    expect(titleKey('Secom: On Memory  Construction…')).toBe(titleKey('SeCom: on memory construction'));
    expect(titleKey('“Attention” Is All You Need')).toBe(titleKey('attention is all you need'));
    expect(titleKey('Über Größe')).toBe('uber große');
    expect(titleKey('LLMLingua2')).not.toBe(titleKey('LLMLingua-2'));
    expect(titleKey('大语言模型的提示压缩')).toBe('大语言模型的提示压缩');
  });
});
