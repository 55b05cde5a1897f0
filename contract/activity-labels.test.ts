import { describe, expect, it } from 'vitest';
import { activityActionLabel, activityModuleLabel, knownActivityActions, knownActivityModules } from './activity-labels.ts';
import { supportedLanguages } from './portal.ts';

describe('activity labels', () => {
  it('names the actions of forwarding, reviews, time approval and portal subscription changes in every language', () => {
    const codes = ['document_forwarded', 'review_submitted', 'time_approved', 'time_queried', 'subscription_paused', 'subscription_trial_extended'];
    for (const code of codes) {
      expect(knownActivityActions).toContain(code);
      for (const language of supportedLanguages) expect(activityActionLabel(language, code)).not.toBe(code.replaceAll('_', ' '));
    }
    expect(activityActionLabel('en', 'document_forwarded')).toBe('Document forwarded');
    expect(activityActionLabel('de', 'time_approved')).toBe('Zeit freigegeben');
  });

  it('offers the modules projects and reviews under the codes they are recorded with', () => {
    expect(knownActivityModules).toEqual(expect.arrayContaining(['project', 'reviews', 'invoices', 'statement']));
    expect(knownActivityModules).not.toContain('review');
    expect(knownActivityModules).not.toContain('projects');
    expect(activityModuleLabel('fr', 'reviews')).toBe('Avis');
  });

  it('reads an unknown code as words', () => {
    expect(activityActionLabel('en', 'something_new')).toBe('something new');
  });
});
