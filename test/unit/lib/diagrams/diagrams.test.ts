import { describe, expect, test } from 'vitest';
import { diagramNames, renderDiagram } from '../../../../src/lib/diagrams';
import { escapeXml, wrapLabel } from '../../../../src/lib/diagrams/svg-text';
import { useTranslations } from '../../../../src/lib/i18n';
import { locales } from '../../../../src/lib/i18n/locales';

describe('renderDiagram()', () => {
  describe.each(locales)('in %s', (locale) => {
    test.each(diagramNames)('%s is an accessible SVG with a text alternative listing every step', (name) => {
      const html = renderDiagram(name, useTranslations(locale));
      expect(html).toMatch(/^<figure class="diagram"/);
      expect(html).toContain('role="img"');
      expect(html).toMatch(/aria-labelledby="diagram-[\w-]+-title"/);
      const boxes = html.match(/class="diagram-box"/g)?.length ?? 0;
      const items = html.match(/<li>/g)?.length ?? 0;
      expect(boxes).toBeGreaterThan(2);
      expect(items).toBe(boxes);
    });
  });
});

describe('wrapLabel()', () => {
  test('keeps English words whole', () => {
    const lines = wrapLabel('Watch progress and risks on the dashboards', 16);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Watch progress and risks on the dashboards');
  });

  test('breaks Chinese between characters within the width', () => {
    const lines = wrapLabel('判断：目标问题还是执行问题并留下痕迹', 8);
    expect(lines.every((line) => line.length <= 8)).toBe(true);
    expect(lines.join('')).toBe('判断：目标问题还是执行问题并留下痕迹');
  });
});

describe('escapeXml()', () => {
  test('escapes markup characters', () => {
    expect(escapeXml('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });
});
