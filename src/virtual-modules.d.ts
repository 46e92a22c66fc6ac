declare module 'virtual:blueprints' {
  import type { Blueprint } from '@/bank/schema';
  const blueprints: Blueprint[];
  export default blueprints;
}

declare module 'virtual:bank/*' {
  import type { Question } from '@/bank/schema';
  const questions: Question[];
  export default questions;
}
