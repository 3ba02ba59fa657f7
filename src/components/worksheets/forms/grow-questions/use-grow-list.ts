import { useEffect, useRef, useState } from 'react';
import type { GrowStage } from '../../../../lib/grow/question';
import type { GrowListQuestion, GrowQuestionsData } from '../../../../lib/worksheets/grow-questions';
import {
  addQuestion,
  focusSelector,
  moveQuestion,
  removeQuestion,
  withQuestionChanged,
  type FocusTarget,
  type ListChange,
} from '../../../../lib/worksheets/grow-questions/form-rules';
import type { MoveDirection } from '../../../../lib/worksheets/grow-questions/reorder';
import type { IslandTranslate } from '../../../shared/island-strings';

/**
 * The presses on the question list, applied through the pure rules: the data changes, then
 * keyboard focus follows the item (after the render that moved it) and the change is announced.
 */
export function useGrowList(
  data: GrowQuestionsData,
  onChange: (data: GrowQuestionsData) => void,
  t: IslandTranslate,
) {
  const [announcement, setAnnouncement] = useState('');
  const [full, setFull] = useState(false);
  const focusAfterRender = useRef<FocusTarget | undefined>(undefined);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const target = focusAfterRender.current;
    const root = listRef.current;
    if (!target || !root) return;
    focusAfterRender.current = undefined;
    root.querySelector<HTMLElement>(focusSelector(target))?.focus();
  });

  const apply = (change: ListChange | { full: true } | undefined) => {
    if (change === undefined) return;
    if ('data' in change) {
      focusAfterRender.current = change.focus;
      onChange(change.data);
      if (change.announcement !== undefined) setAnnouncement(change.announcement);
    }
    if (change.full !== undefined) setFull(change.full);
  };

  return {
    listRef,
    announcement,
    full,
    patch: (id: string, change: Partial<GrowListQuestion>) => onChange(withQuestionChanged(data, id, change)),
    move: (question: GrowListQuestion, direction: MoveDirection) =>
      apply(moveQuestion(data, question, direction, t)),
    remove: (question: GrowListQuestion) => apply(removeQuestion(data, question, t)),
    add: (stage: GrowStage) => apply(addQuestion(data, stage)),
  };
}

export type GrowListActions = ReturnType<typeof useGrowList>;
