// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findAxeViolations } from './axe';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('findAxeViolations', () => {
  it('reports real violations, so a clean card check is not vacuous', async () => {
    const container = document.createElement('div');
    container.innerHTML = '<button type="button"></button><img src="https://example.org/p.png"><input type="text">';
    document.body.append(container);
    const ids = (await findAxeViolations(container)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'image-alt', 'label']));
  });

  it('finds nothing on accessible markup', async () => {
    const container = document.createElement('div');
    container.innerHTML =
      '<button type="button">Close</button><img src="https://example.org/p.png" alt=""><label>Name <input type="text"></label>';
    document.body.append(container);
    expect(await findAxeViolations(container)).toEqual([]);
  });
});
