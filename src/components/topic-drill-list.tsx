import type { TopicStanding } from '@/engine/weakness';
import { useT } from './use-t';

/** Weak topic tags, each one click from a drill on it. */
export function TopicDrillList({ topics, disabled, onDrill, showPercent = false }: { topics: TopicStanding[]; disabled: boolean; onDrill: (topic: string) => void; showPercent?: boolean }) {
  const { t } = useT();
  return (
    <ul className="gain-list">
      {topics.map((topic) => (
        <li key={topic.topic}>
          <span>
            <code>{topic.topic}</code> · {topic.correct}/{topic.total}
            {showPercent ? ` · ${topic.percent}%` : ''}
          </span>
          <button type="button" className="small" disabled={disabled} onClick={() => onDrill(topic.topic)}>
            {t('results.drillTopic', { topic: topic.topic })}
          </button>
        </li>
      ))}
    </ul>
  );
}
