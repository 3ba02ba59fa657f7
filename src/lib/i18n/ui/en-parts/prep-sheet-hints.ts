import type { zhPrepSheetHints } from '../zh-CN-parts/prep-sheet-hints';

/** Coaching hints of the prep sheet (keys start with `hint.prepSheet.`). */
export const enPrepSheetHints: Record<keyof typeof zhPrepSheetHints, string> = {
  'hint.prepSheet.noTopic':
    'Write at least one topic you most want to discuss, so your manager knows where to start.',
  'hint.prepSheet.longTopic': 'One sentence per topic is enough; save the details for the conversation.',
  'hint.prepSheet.nearLimit': '{length} of {max} characters used: keep the part that matters most.',
  'hint.prepSheet.noPuzzle':
    'Add one thing that puzzles you: it often turns into the most useful part of the conversation.',
  'hint.prepSheet.metricNoName': 'This row has values but no metric name: what does it measure?',
  'hint.prepSheet.metricNoValues':
    'Add the previous, current and target values so the conversation’s Reason rests on data.',
  'hint.prepSheet.projectNoName': 'This row has progress but no project name: which project is it?',
  'hint.prepSheet.meetingDateMissing': 'Set the meeting date, and send the sheet one or two days ahead.',
  'hint.prepSheet.meetingToday':
    'The meeting is today: send the sheet now so there is still time to read it.',
  'hint.prepSheet.meetingPast': 'This meeting date has passed: are you preparing the next one?',
};
