/**
 * Validates the question bank and prints coverage. Exits non-zero on any problem.
 * Usage: tsx scripts/validate-bank.ts [questions-dir] [--quiet]
 */
import { resolve } from 'node:path';
import { loadBank } from './bank/load';
import { coverage, lintBank, longestKeyShare, topicCounts } from './bank/lint';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'questions');
const quiet = args.includes('--quiet');

const { blueprints, questions, errors } = loadBank(dir);
const problems = [...errors, ...(errors.length === 0 ? lintBank(questions) : [])];

if (!quiet) {
  console.log(`Question bank: ${questions.length} questions, ${blueprints.length} blueprints\n`);
  console.log('Coverage (available / needed for one full mock):');
  for (const bp of blueprints) {
    const rows = coverage([bp], questions);
    const total = questions.filter((q) => q.question.exams[bp.id]).length;
    const mocks = Math.min(...rows.map((r) => (r.needed === 0 ? Infinity : Math.floor(r.available / r.needed))));
    console.log(`  ${bp.code}: ${total} questions, ${mocks} full mock(s) without a repeat`);
    for (const r of rows) {
      const mark = r.available >= r.needed ? 'ok ' : 'LOW';
      console.log(`    ${mark} ${r.domain.padEnd(26)} ${String(r.available).padStart(4)} / ${r.needed}`);
    }
  }
  const multiple = questions.filter((q) => q.question.type === 'multiple').length;
  const tell = longestKeyShare(questions);
  console.log(`\nMultiple response: ${multiple} of ${questions.length}`);
  console.log(`Key is the longest option: ${tell.count} of ${tell.total} single-response (${Math.round(tell.share * 100)}%)`);
  console.log('\nTopics (thinnest first):');
  console.log(
    topicCounts(questions)
      .map(([t, n]) => `${t} ${n}`)
      .join(' · '),
  );
}

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in the question bank:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log('\nBank is valid.');
