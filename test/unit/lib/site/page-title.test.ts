import { describe, expect, test } from 'vitest';
import { pageTitle } from '../../../../src/lib/site/page-title';

const site = { siteName: 'Coaching Conversations Toolkit', tagline: 'Better one-to-ones' };

describe('pageTitle()', () => {
  test('puts the company after the site name when content/company.yaml names one', () => {
    expect(pageTitle({ ...site, title: 'Prep sheet', company: 'Starriver Technology', isHome: false })).toBe(
      'Prep sheet · Coaching Conversations Toolkit · Starriver Technology',
    );
    expect(pageTitle({ ...site, title: '', company: 'Starriver Technology', isHome: true })).toBe(
      'Coaching Conversations Toolkit · Better one-to-ones · Starriver Technology',
    );
  });

  test('leaves the company out when none is set', () => {
    expect(pageTitle({ ...site, title: 'Prep sheet', company: undefined, isHome: false })).toBe(
      'Prep sheet · Coaching Conversations Toolkit',
    );
    expect(pageTitle({ ...site, title: 'Prep sheet', company: '', isHome: false })).toBe(
      'Prep sheet · Coaching Conversations Toolkit',
    );
  });
});
