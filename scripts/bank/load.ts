import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { blueprintSchema, questionSchema, type Blueprint, type Question } from '../../src/bank/schema.ts';

/** A question with the file it came from, for messages. */
export interface SourcedQuestion {
  question: Question;
  file: string;
  line: number;
}

export interface BankLoadResult {
  blueprints: Blueprint[];
  questions: SourcedQuestion[];
  errors: string[];
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...yamlFiles(full));
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** Finds the line of the deepest node the YAML document has for `path`. */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

function parseYaml(file: string, root: string, errors: string[]): { doc: Document; counter: LineCounter; name: string } | undefined {
  const counter = new LineCounter();
  const name = relative(root, file);
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter, prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line;
      errors.push(`${name}${line ? `:${line}` : ''}: YAML syntax error: ${e.message.split('\n')[0]}`);
    }
    return undefined;
  }
  return { doc, counter, name };
}

function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  where: string,
  basePath: (string | number)[],
  parsed: { doc: Document; counter: LineCounter; name: string },
): string[] {
  return issues.map((issue) => {
    const full = [...basePath, ...issue.path];
    const line = lineOf(parsed.doc, parsed.counter, full);
    const field = formatPath(issue.path) || '(whole entry)';
    return `${parsed.name}${line ? `:${line}` : ''}: ${where} field ${field}: ${issue.message}`;
  });
}

/** Reads and validates the exam blueprints under `questionsDir/blueprints`. */
export function loadBlueprints(questionsDir: string, root = join(questionsDir, '..')): { blueprints: Blueprint[]; errors: string[] } {
  const errors: string[] = [];
  const blueprints: Blueprint[] = [];
  for (const file of yamlFiles(join(questionsDir, 'blueprints'))) {
    const parsed = parseYaml(file, root, errors);
    if (!parsed) continue;
    const result = blueprintSchema.safeParse(parsed.doc.toJS());
    if (result.success) blueprints.push(result.data);
    else errors.push(...describeIssues(result.error.issues, 'blueprint', [], parsed));
  }
  return { blueprints, errors };
}

/** Reads, parses and validates every blueprint and question under `questionsDir`. */
export function loadBank(questionsDir: string, root = join(questionsDir, '..')): BankLoadResult {
  const { blueprints, errors } = loadBlueprints(questionsDir, root);
  const questions: SourcedQuestion[] = [];
  const blueprintDir = join(questionsDir, 'blueprints');

  const domainsByExam = new Map(blueprints.map((bp) => [bp.id, new Set(bp.domains.map((d) => d.id))]));
  const firstSeen = new Map<string, string>();

  for (const file of yamlFiles(questionsDir).filter((f) => !f.startsWith(blueprintDir))) {
    const parsed = parseYaml(file, root, errors);
    if (!parsed) continue;
    const contents = parsed.doc.contents;
    if (!isSeq(contents)) {
      errors.push(`${parsed.name}:1: a question file must be a YAML list of questions`);
      continue;
    }
    contents.items.forEach((item, index) => {
      const raw = parsed.doc.toJS() as unknown[];
      const entry = raw[index];
      const rawId = isMap(item) ? item.get('id') : undefined;
      const where = `question ${typeof rawId === 'string' ? `"${rawId}"` : `#${index + 1}`}`;
      const result = questionSchema.safeParse(entry);
      const line = lineOf(parsed.doc, parsed.counter, [index]) ?? 1;
      if (!result.success) {
        errors.push(...describeIssues(result.error.issues, where, [index], parsed));
        return;
      }
      const q = result.data;
      const location = `${parsed.name}:${line}`;
      const seen = firstSeen.get(q.id);
      if (seen) errors.push(`${location}: ${where} field id: duplicate id, first used at ${seen}`);
      else firstSeen.set(q.id, location);
      for (const [exam, domain] of Object.entries(q.exams)) {
        const domains = domainsByExam.get(exam as Blueprint['id']);
        if (!domains) errors.push(`${location}: ${where} field exams.${exam}: no blueprint for this exam`);
        else if (!domains.has(domain))
          errors.push(`${location}: ${where} field exams.${exam}: unknown domain "${domain}" (expected one of ${[...domains].join(', ')})`);
      }
      questions.push({ question: q, file: parsed.name, line });
    });
  }
  return { blueprints, questions, errors };
}
