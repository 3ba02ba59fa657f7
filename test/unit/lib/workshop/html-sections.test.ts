import { describe, expect, test } from 'vitest';
import { demoteHeadings, splitH2Sections } from '../../../../src/lib/workshop/html-sections';

const html = `<p>lead</p><h2 id="situation">Situation<a class="heading-link" href="#situation"></a></h2>
<p>Everyone reads this.</p><h2 id="employee">Employee</h2><h3 id="hint">Only if asked</h3><p>Secret.</p>
<h2 class="x" id="debrief">Debrief</h2><ol><li>Why?</li></ol>`;

describe('splitH2Sections', () => {
  test('cuts the HTML at each h2 with an id, heading included', () => {
    const sections = splitH2Sections(html);
    expect([...sections.keys()]).toEqual(['situation', 'employee', 'debrief']);
    expect(sections.get('situation')).toBe(
      '<h2 id="situation">Situation<a class="heading-link" href="#situation"></a></h2>\n<p>Everyone reads this.</p>',
    );
    expect(sections.get('employee')).toBe(
      '<h2 id="employee">Employee</h2><h3 id="hint">Only if asked</h3><p>Secret.</p>',
    );
    expect(sections.get('debrief')).toBe('<h2 class="x" id="debrief">Debrief</h2><ol><li>Why?</li></ol>');
  });

  test('finds nothing in HTML without h2 ids', () => {
    expect(splitH2Sections('<h2>No id</h2><p>x</p>').size).toBe(0);
  });
});

describe('demoteHeadings', () => {
  test('moves every heading one level down, keeping attributes', () => {
    expect(demoteHeadings('<h2 id="a">A</h2><h3>B</h3><h5>C</h5><h6>D</h6><header>x</header>')).toBe(
      '<h3 id="a">A</h3><h4>B</h4><h6>C</h6><h6>D</h6><header>x</header>',
    );
  });
});
