import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useRouter } from 'wouter';
import { paths } from '@/config/paths';

interface QuestionLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> {
  index: number;
  onJump: (index: number) => void;
}

/**
 * A link to one question of the exam. It is a real address (it can be opened in a new tab or
 * copied), but a plain click moves in place through `onJump`, like the other ways of moving; the
 * address then follows the saved question (see useQuestionAddress).
 */
export function QuestionLink({ index, onJump, children, ...rest }: QuestionLinkProps) {
  const router = useRouter();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onJump(index);
  };
  return (
    <a {...rest} href={router.hrefs(paths.examQuestion(index + 1), router)} onClick={onClick}>
      {children}
    </a>
  );
}
