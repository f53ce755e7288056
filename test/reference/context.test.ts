import { shownPath } from '../../src/reference/index.js';

describe('reference/context', () => {
  it('shows a path inside the working folder relative to it, and one outside whole', () => {
    expect(shownPath('/work/project', '/work/project/.regionbench/reference')).toBe('.regionbench/reference');
    expect(shownPath('/work/project', '/work/project')).toBe('.');
    expect(shownPath('/work/project', '/work/other/ref')).toBe('/work/other/ref');
    expect(shownPath('/work/project', '/work/project-two/ref')).toBe('/work/project-two/ref');
  });
});
