declare module 'virtual:blueprints' {
  import type { Blueprint } from '@/bank/schema';
  const blueprints: Blueprint[];
  export default blueprints;
}

declare module 'virtual:bank/*' {
  import type { BankQuestion } from '@/bank/markup';
  const questions: BankQuestion[];
  export default questions;
}

declare module 'virtual:bank-details/*' {
  import type { BankDetail } from '@/bank/markup';
  const details: BankDetail[];
  export default details;
}
