import { afterEach, beforeEach, vi } from 'vitest';

/** A console error or warning in a test is a bug the test would otherwise hide. */
let messages: string[] = [];

beforeEach(() => {
  messages = [];
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      messages.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  if (messages.length > 0) throw new Error(`Test wrote to the console:\n${messages.join('\n')}`);
});
