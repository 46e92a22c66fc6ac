import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { lintBank } from '../../scripts/bank/lint';
import { loadBank } from '../../scripts/bank/load';
import { fixtureBank } from '../utils/fixture-bank';

function errorsFor(...fixtures: string[]): string[] {
  return loadBank(fixtureBank(...fixtures)).errors;
}

describe('bank validation', () => {
  it('accepts a valid file', () => {
    const result = loadBank(fixtureBank('valid.yaml'));
    expect(result.errors).toEqual([]);
    expect(result.questions.map((q) => q.question.id)).toEqual(['fixture-valid-one', 'fixture-valid-two']);
    expect(result.blueprints.map((b) => b.id).sort()).toEqual(['clf-c02', 'saa-c03', 'soa-c01', 'soa-c03']);
  });

  it('names the file and line of a YAML syntax error', () => {
    const [error] = errorsFor('broken/syntax-error.yaml');
    expect(error).toMatch(/^questions\/bank\/broken\/syntax-error\.yaml:\d+: YAML syntax error/);
  });

  it('names file, line, question id and field for a missing language', () => {
    expect(errorsFor('broken/missing-korean.yaml')).toEqual([
      expect.stringMatching(/^questions\/bank\/broken\/missing-korean\.yaml:\d+: question "fixture-missing-korean" field stem\.ko: /),
    ]);
  });

  it('rejects an answer that is not an option', () => {
    expect(errorsFor('broken/unknown-answer.yaml').join('\n')).toContain('question "fixture-unknown-answer" field answer[0]: answer "e" is not an option');
  });

  it('rejects a multiple-response question whose "choose N" disagrees with its key', () => {
    expect(errorsFor('broken/choose-mismatch.yaml').join('\n')).toContain('field choose: choose is 3 but the answer has 2 options');
  });

  it('rejects a single-response question without exactly four options', () => {
    expect(errorsFor('broken/single-five-options.yaml').join('\n')).toContain('field options: single response needs exactly four options, not 5');
  });

  it('rejects a domain the blueprint does not have', () => {
    expect(errorsFor('broken/unknown-domain.yaml').join('\n')).toMatch(/field exams\.soa-c03: unknown domain "monitor"/);
  });

  it('rejects a question without a reference', () => {
    expect(errorsFor('broken/no-reference.yaml').join('\n')).toContain('question "fixture-no-reference" field references');
  });

  it('rejects a file that is not a list of questions', () => {
    expect(errorsFor('broken/not-a-list.yaml')).toEqual(['questions/bank/broken/not-a-list.yaml:1: a question file must be a YAML list of questions']);
  });

  it('rejects duplicate ids, pointing at the first use', () => {
    expect(errorsFor('lint/duplicate-id.yaml').join('\n')).toMatch(/question "fixture-duplicate" field id: duplicate id, first used at questions\/bank\/lint\/duplicate-id\.yaml:1/);
  });

  it('exits non-zero from the command line with the problem listed', () => {
    const run = () =>
      execFileSync(resolve('node_modules/.bin/tsx'), ['scripts/validate-bank.ts', fixtureBank('valid.yaml', 'broken/unknown-answer.yaml'), '--quiet'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    expect(run).toThrow(/answer "e" is not an option/);
  });
});

describe('bank lint', () => {
  it('flags near-duplicate stems', () => {
    const { questions, errors } = loadBank(fixtureBank('lint/near-duplicate.yaml'));
    expect(errors).toEqual([]);
    expect(lintBank(questions)).toEqual([expect.stringMatching(/question "fixture-near-two" field stem\.en: near-duplicate of "fixture-near-one"/)]);
  });

  it('flags markdown the app would not draw as the parser does', () => {
    const { questions, errors } = loadBank(fixtureBank('lint/unsupported-markdown.yaml'));
    expect(errors).toEqual([]);
    expect(lintBank(questions)).toEqual([
      expect.stringMatching(/^questions\/bank\/lint\/unsupported-markdown\.yaml:1: question "fixture-footnote" field explanation\.en: markdown .* is not supported/),
    ]);
  });

  it('flags a bare domain or URL, which GFM would link with the Korean particle after it', () => {
    const { questions, errors } = loadBank(fixtureBank('lint/bare-link.yaml'));
    expect(errors).toEqual([]);
    // The [text](url) link and the name in code pass.
    expect(lintBank(questions)).toEqual([
      expect.stringMatching(/question "fixture-bare-link" field options\.1\.en: "https:\/\/example\.com\/status" becomes a link by itself/),
      expect.stringMatching(/question "fixture-bare-link" field explanation\.ko: "www\.example\.com은" becomes a link by itself; write it as code/),
    ]);
  });

  it('flags a bank where the key is too often the longest option', () => {
    const { questions, errors } = loadBank(fixtureBank('lint/length-tell.yaml'));
    expect(errors).toEqual([]);
    expect(lintBank(questions)).toEqual([expect.stringMatching(/the correct option is the longest in 5 of 5 single-response questions \(100%, limit 35%\)/)]);
  });

  it('flags a multiple-response stem that does not say how many to choose', () => {
    const { questions, errors } = loadBank(fixtureBank('lint/missing-choose-marker.yaml'));
    expect(errors).toEqual([]);
    expect(lintBank(questions)).toEqual([
      expect.stringMatching(/question "fixture-no-marker" field stem\.en must end with "\(Choose two\.\)"/),
      expect.stringMatching(/question "fixture-no-marker" field stem\.ko must end with "\(2개 선택\)"/),
    ]);
  });

  it('passes a clean bank', () => {
    const { questions } = loadBank(fixtureBank('valid.yaml'));
    expect(lintBank(questions)).toEqual([]);
  });
});
