import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { BankDetail, BankQuestion, Markup, WithMarkup } from '../../src/bank/markup.ts';
import type { Question } from '../../src/bank/schema.ts';
import { isCoreField, splitQuestion } from '../../src/bank/split.ts';
import { EXAM_IDS } from '../../src/config/exams.ts';
import { loadBank, loadBlueprints, type BankLoadResult } from './load.ts';
import { compileFields } from './markdown.ts';

const BLUEPRINTS_ID = 'virtual:blueprints';
const BANK_PREFIX = 'virtual:bank/';
const DETAILS_PREFIX = 'virtual:bank-details/';
const DETAILS_SUFFIX = '-details';

/**
 * Compiles questions/*.yaml at build time into validated JSON modules: `virtual:blueprints`
 * (small, loaded up front), and per exam two lazily loaded chunks: `virtual:bank/<exam>` with
 * what the exam screen shows and `virtual:bank-details/<exam>` with explanations and the rest
 * (see src/bank/split.ts). The browser never parses YAML, nor the bank's markdown (compiled here,
 * see markdown.ts); an invalid file fails the build with file, line, id and field.
 */
export function questionBank(dir = 'questions'): Plugin {
  const root = resolve(dir);
  let cache: BankLoadResult | undefined;
  /** Compiled markdown by question id; a question may serve several exams. */
  const compiled = new Map<string, Record<string, Markup>>();

  function bank(): BankLoadResult {
    if (!cache) {
      const loaded = loadBank(root);
      if (loaded.errors.length > 0) {
        throw new Error(`Question bank is invalid (${loaded.errors.length} problem(s)):\n  ${loaded.errors.join('\n  ')}`);
      }
      cache = loaded;
    }
    return cache;
  }

  /** A question's core and details, each with its markdown compiled (see src/bank/markup.ts). */
  function parts(question: Question): { core: BankQuestion; detail: BankDetail } {
    let markup = compiled.get(question.id);
    if (!markup) compiled.set(question.id, (markup = compileFields(question)));
    const { core, detail } = splitQuestion(question);
    // Markup sits next to the text it comes from, where gzip finds the repeated text close by.
    const withMarkup = <T extends object>(part: T, forCore: boolean): T & WithMarkup => {
      const own = Object.entries(markup).filter(([path]) => isCoreField(path) === forCore);
      return own.length === 0 ? part : { ...part, markup: Object.fromEntries(own) };
    };
    return { core: withMarkup(core, true), detail: withMarkup(detail, false) };
  }

  return {
    name: 'question-bank',
    resolveId(id) {
      if (id === BLUEPRINTS_ID || id.startsWith(BANK_PREFIX)) return `\0${id}`;
      // The chunk is named after the id's last part: soa-c03-details-<hash>.js, next to soa-c03-<hash>.js.
      if (id.startsWith(DETAILS_PREFIX)) return `\0${id}${DETAILS_SUFFIX}`;
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:')) return undefined;
      if (id === `\0${BLUEPRINTS_ID}`) {
        const { blueprints, errors } = loadBlueprints(root);
        if (errors.length > 0) throw new Error(`Exam blueprints are invalid:\n  ${errors.join('\n  ')}`);
        const ordered = EXAM_IDS.map((examId) => blueprints.find((bp) => bp.id === examId)).filter((bp) => bp !== undefined);
        return `export default ${JSON.stringify(ordered)};`;
      }
      const { questions } = bank();
      const details = id.startsWith(`\0${DETAILS_PREFIX}`);
      const prefix = details ? DETAILS_PREFIX : BANK_PREFIX;
      const examId = id.slice(`\0${prefix}`.length, details ? -DETAILS_SUFFIX.length : undefined);
      if (!(EXAM_IDS as readonly string[]).includes(examId)) throw new Error(`Unknown exam bank "${examId}"`);
      const forExam = questions.map((q) => q.question).filter((q) => examId in q.exams);
      // Two exams drawing on exactly the same questions (SOA-C03 and the older SOA-C01) share their chunks.
      const ids = forExam.map((q) => q.id).join('\n');
      const twin = EXAM_IDS.slice(0, EXAM_IDS.indexOf(examId as (typeof EXAM_IDS)[number])).find(
        (other) => questions.filter((q) => other in q.question.exams).map((q) => q.question.id).join('\n') === ids,
      );
      if (twin && forExam.length > 0) return `export { default } from '${prefix}${twin}';`;
      const data = forExam.map((q) => (details ? parts(q).detail : parts(q).core));
      // JSON.parse of a string literal is faster for engines to load than an object literal of this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
    configureServer(server) {
      server.watcher.add(root);
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(root) || !/\.ya?ml$/.test(file)) return;
      cache = undefined;
      compiled.clear();
      for (const mod of server.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith('\0virtual:')) server.moduleGraph.invalidateModule(mod);
      }
      server.ws.send({ type: 'full-reload' });
    },
  };
}
