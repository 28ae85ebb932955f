import { describe, expect, it } from 'vitest';
import { isCollaboration } from './is-collaboration';

describe('isCollaboration', () => {
  it.each([
    'the ATLAS Collaboration',
    'ATLAS Collaboration',
    'Planck Collaboration',
    'for the LIGO Scientific Collaboration',
    'The CMS Collaboration.',
    'HotQCD Collaboration',
    'Fermi-LAT collaboration',
    'the NNPDF Collaboration',
    'The EHT Consortium',
  ])('%s is a group', (name) => expect(isCollaboration(name)).toBe(true));
  it.each([
    'Zhuoshi Pan',
    'H. Vicky Zhao',
    'Carsten van de Bruck',
    'Teven Le Scao',
    'Theodore Groupman',
    'Adela Schneider',
  ])('%s is a person', (name) => expect(isCollaboration(name)).toBe(false));
});
