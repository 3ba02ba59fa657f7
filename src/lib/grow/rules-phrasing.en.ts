import { phrasing as q, type PhrasingBook } from './rules-phrasing';

const ordinals = ['first', 'second', 'third'];

/**
 * The rules engine's English phrasings, written the way a coach talks in a 1:1: plain words,
 * the employee's own phrase picked up first, then one open question. Not a translation of
 * the Chinese set. Every question must be open (no do/is/can/would… opening), free of
 * absolute or judging words, and is checked one by one in the tests.
 */
export const enPhrasings: PhrasingBook = {
  goal: [
    q('topic', ({ t }) => `Picture ${t} going really well a month from now. What's different?`),
    q('topic', ({ t }) => `What would you like to walk away with today on ${t}?`),
    q('topic', ({ t }) => `How will you know ${t} is where you want it to be?`),
    q('topic', ({ t }) => `Of everything wrapped up in ${t}, which part matters most to you right now?`),
    q('topic', ({ t }) => `If we only had ten minutes for ${t}, what would make them worth it?`),
    q('topic', ({ t }) => `In your own words, what does success on ${t} look like?`),
    q(
      'topic',
      ({ t }) => `Thinking about ${t}, what result would you be proud to show by the end of the quarter?`,
    ),
    q('topic', ({ t }) => `Where does ${t} fit in the bigger picture of what you want from this year?`),
    q(
      'topicPair',
      ({ t, t2 }) =>
        `You listed ${t} and ${t2}. If we can only do one of them justice today, which one, and what makes it the priority?`,
    ),
    q(
      'metricGap',
      ({ n, cur, tgt }) =>
        `${n} is at ${cur} against a target of ${tgt}. What would hitting ${tgt} mean for you and the team?`,
    ),
    q(
      'metricGap',
      ({ n, cur, tgt }) => `By when do you think ${n} can realistically get from ${cur} to ${tgt}?`,
    ),
    q('metric', ({ n }) => `Where would you like ${n} to be at our next review, and why that number?`),
    q(
      'win',
      ({ t }) =>
        `${t} is one of the things you're proudest of lately. How far would you like to take it from here?`,
    ),
    q('puzzle', ({ t }) => `Suppose ${t} were no longer a puzzle. What would that open up for you?`),
    q('support', ({ t }) => `Once ${t} is in place, what do you want it to help you achieve?`),
    q('project', ({ p }) => `What milestone are you aiming for on ${p} over the next few weeks?`),
    q('none', () => 'What would make this conversation worth your time?'),
    q('none', () => 'What are you aiming for over the next month?'),
    q('none', () => 'If you had to sum up your goal for this quarter in one sentence, what would it be?'),
    q('none', () => 'What result would tell you the effort of the last few weeks paid off?'),
    q('none', () => 'Which goal do you most want us to spend our time on today?'),
  ],
  reality: [
    q('topic', ({ t }) => `Where do things stand with ${t} right now?`),
    q('topic', ({ t }) => `What have you tried so far on ${t}, and what did you notice?`),
    q('topic', ({ t }) => `On ${t}, what's already working that we want to keep?`),
    q(
      'topic',
      ({ t }) =>
        `On a scale of 1 to 10, where would you put ${t} today, and what makes it that number rather than lower?`,
    ),
    q('topic', ({ t }) => `What's getting in the way of ${t} at the moment?`),
    q('topic', ({ t }) => `Who else is involved in ${t}, and how do they see it?`),
    q('topic', ({ t }) => `How is your time on ${t} actually split across a typical week?`),
    q('metricTrend', ({ n, prev, cur }) => `${n} went from ${prev} to ${cur}. What do you think drove that?`),
    q(
      'metricGap',
      ({ n, cur, tgt }) =>
        `${n} is at ${cur}, with ${tgt} as the target. Where do you think most of that gap comes from?`,
    ),
    q(
      'metricGap',
      ({ n, cur, tgt }) =>
        `Looking at the numbers for ${n} (${cur} now, ${tgt} targeted), how do you read them?`,
    ),
    q(
      'metric',
      ({ n }) => `How do you keep an eye on ${n} day to day, and what has it been telling you lately?`,
    ),
    q('puzzle', ({ t }) => `When does ${t} show up most clearly, and what happened the last time it did?`),
    q('puzzle', ({ t }) => `What have you already ruled out about ${t}, and what's still unclear?`),
    q('win', ({ t }) => `Looking at ${t}, what did you do that made the difference?`),
    q(
      'projectProgress',
      ({ p, prog }) => `You described ${p} as ${prog}. What stands between that and the next milestone?`,
    ),
    q('project', ({ p }) => `Which risks or dependencies on ${p} are on your mind most?`),
    q('support', ({ t }) => `While ${t} isn't there yet, how are you managing without it?`),
    q('none', () => 'What has taken up most of your time over the past two weeks?'),
    q('none', () => "What's one thing about your work right now that I might not be seeing?"),
    q('none', () => 'Which parts of your work feel on track, and which feel stuck?'),
    q('none', () => 'What has given you energy lately, and what has drained it?'),
    q('none', () => "What's gone better than you expected lately, and what's been slower?"),
  ],
  options: [
    q('topic', ({ t }) => `What are three quite different ways you could approach ${t}?`),
    q('topic', ({ t }) => `If you had twice the time for ${t}, what would you do differently?`),
    q('topic', ({ t }) => `Who has handled something like ${t} well, and what could you borrow from them?`),
    q('topic', ({ t }) => `What's the boldest move you could make on ${t}? And the safest?`),
    q('topic', ({ t }) => `What would you try on ${t} if you knew it couldn't go wrong?`),
    q('topic', ({ t }) => `What small experiment would tell us quickly whether an idea for ${t} works?`),
    q('topic', ({ t }) => `To make room for ${t}, what could you stop or hand off?`),
    q(
      'topicPair',
      ({ t, t2 }) => `Where do ${t} and ${t2} overlap, and how could progress on one help the other?`,
    ),
    q('puzzle', ({ t }) => `What options do you see for untangling ${t}?`),
    q('puzzle', ({ t }) => `If a colleague brought you ${t}, what would you suggest to them?`),
    q('win', ({ t }) => `What made ${t} work, and where else could you use that approach?`),
    q('support', ({ t }) => `Besides ${t}, what other help could make a difference?`),
    q('metricGap', ({ n, cur, tgt }) => `What levers could close the gap on ${n}, from ${cur} to ${tgt}?`),
    q('metricGap', ({ n, tgt }) => `Which two or three changes would move ${n} furthest toward ${tgt}?`),
    q(
      'metricTrend',
      ({ n, prev, cur }) =>
        `Looking at how ${n} moved from ${prev} to ${cur}, what's worth doubling down on?`,
    ),
    q('metric', ({ n }) => `What could you change this month that would show up in ${n}?`),
    q(
      'project',
      ({ p }) => `What are the options for getting ${p} to its next milestone sooner or with less effort?`,
    ),
    q('none', () => "What else could you try that you haven't tried yet?"),
    q('none', () => 'If there were no constraints at all, what would you do?'),
    q('none', () => "Which people, tools or resources haven't we drawn on yet?"),
    q('none', () => 'What would you advise a teammate in your position to do?'),
    q('none', () => 'Of the ideas so far, which takes the least effort for the biggest effect?'),
  ],
  will: [
    q('topic', ({ t }) => `What's the first step you'll take on ${t} this week?`),
    q('topic', ({ t }) => `By the time we next talk, what will you have done on ${t}?`),
    q('topic', ({ t }) => `What might get in the way of your plan for ${t}, and how will you handle it?`),
    q(
      'topic',
      ({ t }) =>
        `On a scale of 1 to 10, how confident are you about the next step on ${t}, and what would add one point?`,
    ),
    q('topic', ({ t }) => `Which of the ideas for ${t} do you want to try first?`),
    q('topic', ({ t }) => `How will I be able to tell you're making progress on ${t}?`),
    q(
      'topicPair',
      ({ t, t2 }) => `Between ${t} and ${t2}, which one gets your first uninterrupted hour this week?`,
    ),
    q(
      'metricGap',
      ({ n, tgt }) => `What will you do this week that nudges ${n} toward ${tgt}, even slightly?`,
    ),
    q(
      'metricGap',
      ({ n }) => `When shall we look at ${n} together again, and what number do you expect by then?`,
    ),
    q('metric', ({ n }) => `What one action will you own that could show up in ${n} by our next check-in?`),
    q('support', ({ t }) => `For ${t}, what exactly do you need from me, and by when?`),
    q('puzzle', ({ t }) => `What's one thing you'll try this week to get more clarity on ${t}?`),
    q('project', ({ p }) => `What's the next concrete action on ${p}, and who needs to hear about it?`),
    q('win', ({ t }) => `How will you turn what worked on ${t} into a habit?`),
    q('none', () => 'What will you do in the next seven days, and how will you let me know how it went?'),
    q('none', () => 'If you did only one thing, which would make the biggest difference?'),
    q('none', () => "What could knock your plan off course, and what's your plan B?"),
    q('none', () => 'How would you like us to follow up on this?'),
    q('none', () => 'What will you start with tomorrow morning?'),
  ],
  topicReference: {
    only: 'the topic you raised',
    nth: (index) => `the ${ordinals[index] ?? `no. ${index + 1}`} topic on your list`,
  },
  quoteLengths: [64, 32, 14, 7],
  questionLike:
    /^(how|what|why|when|where|who|which|whether|should|shall|can|could|would|will|do|does|did|is|are|am)\b/iu,
};
