import { afterEach, beforeEach } from 'vitest';

/**
 * What the browser saw during a test: failed API answers, page errors and console errors. Printed only
 * when the test fails, so a step that timed out says what the page was told (a 409, a 500, a crash).
 */
const seen: string[] = [];

export function notePageEvent(line: string): void {
  seen.push(`${new Date().toISOString()} ${line}`);
  if (seen.length > 200) seen.shift();
}

beforeEach(() => {
  seen.length = 0;
});

afterEach((context) => {
  if (context.task.result?.state === 'fail' && seen.length > 0) {
    console.error(`What the browser saw during "${context.task.name}":\n${seen.join('\n')}`);
  }
});
