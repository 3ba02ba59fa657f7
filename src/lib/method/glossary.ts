import type { Locale } from '../i18n/locales-list';
import type { GuideLink } from '../worksheets/kinds';
import {
  frameworkIds,
  frameworkLetters,
  terms,
  type FrameworkId,
  type LetterKey,
  type LetterTerm,
} from './terms';

/**
 * What the glossary page (`/glossary/`, `/en/glossary/`) says about every framework and letter,
 * and the renderings of each letter the toolkit decided against. Build-time only: the pages
 * and the built-site term test read it; no island imports it.
 */

type Text = Readonly<Record<Locale, string>>;

export interface GlossaryLetter {
  key: string;
  term: LetterTerm;
  /** One line: what the letter asks of the manager or the employee. */
  meaning: Text;
  /**
   * Other words for this letter that appeared in earlier drafts or are common elsewhere.
   * None of them may stand for the letter anywhere on the built site.
   */
  rejected: Readonly<Record<Locale, readonly string[]>>;
}

export interface GlossaryFramework {
  id: FrameworkId;
  /** The framework's name as printed: `SMART-AR`. */
  name: string;
  /** What it is for, in one line. */
  meaning: Text;
  /** Where the guide teaches it. */
  guide: GuideLink;
  letters: readonly GlossaryLetter[];
}

type LetterNotes<F extends FrameworkId> = Record<
  LetterKey<F>,
  { meaning: Text; rejected?: Partial<Record<Locale, readonly string[]>> }
>;

const frameworkNotes: {
  [F in FrameworkId]: { name: string; meaning: Text; guide: GuideLink; letters: LetterNotes<F> };
} = {
  'smart-ar': {
    name: 'SMART-AR',
    meaning: {
      'zh-CN': '检查一个阶段目标的七个字母：前五个让目标说得清，后两个让它在一年里跟得上变化。',
      en: 'Seven letters to test a goal: the first five make it clear, the last two keep it alive as the year changes.',
    },
    guide: { module: 'goals', section: 'smart-ar' },
    letters: {
      specific: {
        meaning: {
          'zh-CN': '写清要做成的那件事，旁人读完也知道“做完”是什么样。',
          en: 'Names the one thing to get done, so that a stranger could tell when it is.',
        },
        rejected: { 'zh-CN': ['明确'] },
      },
      measurable: {
        meaning: {
          'zh-CN': '有一个到期能核对的数字或证据。',
          en: 'Comes with a number or evidence you can check on the day.',
        },
        rejected: { 'zh-CN': ['可量化', '可测量'] },
      },
      achievable: {
        meaning: {
          'zh-CN': '凭现有的人手、时间和预算，使把劲够得着。',
          en: 'Within reach with the people, time and budget you actually have.',
        },
        rejected: { 'zh-CN': ['可达成', '可达到'], en: ['Attainable'] },
      },
      relevant: {
        meaning: {
          'zh-CN': '做成了，能让团队或公司的某个重点更近一步。',
          en: 'Moves one of the team’s or the company’s priorities forward.',
        },
        rejected: { 'zh-CN': ['相关性'] },
      },
      timeBased: {
        meaning: {
          'zh-CN': '有截止日期，也有中途的检查点。',
          en: 'Has a deadline and checkpoints on the way.',
        },
        rejected: { 'zh-CN': ['时限性', '有时间限制'], en: ['Time-bound', 'Timely'] },
      },
      agile: {
        meaning: {
          'zh-CN': '事先约好出现哪些事实就调整目标，凭证据，不凭感觉。',
          en: 'Agreed in advance which facts would change the goal: evidence, not mood.',
        },
        rejected: { 'zh-CN': ['敏捷', '灵活调整'], en: ['Adjustable', 'Flexible'] },
      },
      reviewable: {
        meaning: {
          'zh-CN': '约定固定的复盘节奏，并写下下一次的具体日期。',
          en: 'Has a fixed review rhythm and the date of the next review.',
        },
        rejected: { 'zh-CN': ['可回顾', '可评审'] },
      },
    },
  },
  prep: {
    name: 'PREP',
    meaning: {
      'zh-CN': '一场辅导对话的四段顺序：先说谈什么，再摆事实，再对具体情境，最后定下一步。',
      en: 'The order of a coaching conversation: name the topic, lay out the facts, look at real cases, agree the next step.',
    },
    guide: { module: 'conversation', section: 'prep' },
    letters: {
      point: {
        meaning: {
          'zh-CN': '开场一句话说清今天谈什么，最好取自员工的准备单。',
          en: 'One sentence at the start on what today is about, ideally from the prep sheet.',
        },
        rejected: { 'zh-CN': ['观点', '要点', '聚焦主题'] },
      },
      reason: {
        meaning: {
          'zh-CN': '用数据和亲眼看到的情况说明为什么谈它，先不下结论。',
          en: 'The data and observations behind the topic, with no verdict yet.',
        },
        rejected: { 'zh-CN': ['原因', '理由'], en: ['Reasons'] },
      },
      example: {
        meaning: {
          'zh-CN': '挑一两个双方都记得的具体情境，核对彼此的理解。',
          en: 'One or two real situations you both remember, to check you see them the same way.',
        },
        rejected: { 'zh-CN': ['举例', '案例', '具体场景'], en: ['Examples'] },
      },
      plan: {
        meaning: {
          'zh-CN': '落到一个具体的下一步：谁、做什么、什么时候。',
          en: 'A concrete next step: who does what, by when.',
        },
        rejected: { 'zh-CN': ['下一步行动'] },
      },
    },
  },
  '3e': {
    name: '3E',
    meaning: {
      'zh-CN': '用于表扬和一般改进建议的三步反馈：说具体、一起找原因、给出支持。',
      en: 'Feedback for recognition and everyday improvement: be specific, look for causes together, offer support.',
    },
    guide: { module: 'feedback', section: '3e' },
    letters: {
      encourage: {
        meaning: {
          'zh-CN': '具体说出对方做对了什么、带来了什么结果。',
          en: 'Say exactly what the person did well and what it led to.',
        },
        rejected: { 'zh-CN': ['具体肯定', '肯定', '表扬'] },
      },
      explore: {
        meaning: {
          'zh-CN': '用开放式问题，和对方一起找出做成或卡住的原因。',
          en: 'Use open questions to find, together, what made it work or what got in the way.',
        },
        rejected: { 'zh-CN': ['探讨', '共同探讨', '探究'], en: ['Inquire'] },
      },
      empower: {
        meaning: {
          'zh-CN': '说清你能给的资源、机会或支持，并约好何时兑现。',
          en: 'Name the resources, opportunities or support you can give, and when.',
        },
        rejected: { 'zh-CN': ['赋能支持', '授权', '支持'], en: ['Enable'] },
      },
    },
  },
  grow: {
    name: 'GROW',
    meaning: {
      'zh-CN': '教练式提问的四个阶段：让员工自己想清楚要去哪、现在在哪、有哪些路、先走哪步。',
      en: 'Four stages of coaching questions that let the employee work out where to go, where they are, the ways there and the first step.',
    },
    guide: { module: 'feedback', section: 'grow' },
    letters: {
      goal: {
        meaning: {
          'zh-CN': '问对方想达成什么，这次谈话想带走什么。',
          en: 'What they want to achieve, and what they want from this conversation.',
        },
        rejected: { 'zh-CN': ['目的'], en: ['Goals'] },
      },
      reality: {
        meaning: {
          'zh-CN': '请对方用事实描述现在的情况：做过什么，卡在哪里。',
          en: 'The facts of where things stand: what has been tried, where it is stuck.',
        },
        rejected: { 'zh-CN': ['现实', '现况'], en: ['Current reality'] },
      },
      options: {
        meaning: {
          'zh-CN': '先多想几条路，暂不评判哪条最好。',
          en: 'Several possible ways forward, before judging any of them.',
        },
        rejected: { 'zh-CN': ['选择', '选项', '可选方案'], en: ['Option', 'Obstacles'] },
      },
      will: {
        meaning: {
          'zh-CN': '请对方亲口说出先做哪一步、什么时候做、需要什么支持。',
          en: 'In their own words: the first step, when, and what support they need.',
        },
        rejected: { 'zh-CN': ['行动承诺', '意志'], en: ['Way forward', 'Wrap-up'] },
      },
    },
  },
  best: {
    name: 'BEST',
    meaning: {
      'zh-CN': '用于必须改变的行为：只讲事实和影响，先听对方怎么说，再一起定下一步。',
      en: 'For a behavior that has to change: facts and their effect, the other side first, then the next step together.',
    },
    guide: { module: 'feedback', section: 'best' },
    letters: {
      behavior: {
        meaning: {
          'zh-CN': '描述看得见、可核实的行为，带上时间范围和次数。',
          en: 'Describe what could be seen and checked, with a time window and a count.',
        },
        rejected: { 'zh-CN': ['行为表现'], en: ['Behaviour'] },
      },
      effect: {
        meaning: {
          'zh-CN': '说明这个行为对工作、同事或客户造成的实际影响。',
          en: 'What the behavior did to the work, the team or the customer.',
        },
        rejected: { 'zh-CN': ['后果', '效果'], en: ['Impact', 'Consequence'] },
      },
      seek: {
        meaning: {
          'zh-CN': '真心问一句对方怎么看，然后停下来听。',
          en: 'Ask for their view, and mean it; then stop and listen.',
        },
        rejected: { 'zh-CN': ['征询看法', '寻求', '征求'] },
      },
      target: {
        meaning: {
          'zh-CN': '一起商量以后怎么做，落到一个马上能试的改变。',
          en: 'Agree together what changes from now on, down to one thing to try first.',
        },
        rejected: { 'zh-CN': ['改进方向', '未来'], en: ['Future'] },
      },
    },
  },
  '5r': {
    name: '5R',
    meaning: {
      'zh-CN': '把谈话的共识写成行动：每项行动都说清这五件事，一次最多三项。',
      en: 'Turns what was agreed into actions, each with these five things, three actions at most.',
    },
    guide: { module: 'action', section: '5r' },
    letters: {
      result: {
        meaning: {
          'zh-CN': '到某个日期，能看到什么可核对的变化。',
          en: 'The checkable change you expect to see by a date.',
        },
        rejected: { 'zh-CN': ['成果', '目标成果'], en: ['Results', 'Outcome'] },
      },
      resource: {
        meaning: {
          'zh-CN': '需要的课程、资料、陪练、时间或预算，以及由谁去争取。',
          en: 'The course, material, practice partner, time or budget it needs, and who gets it.',
        },
        rejected: { 'zh-CN': ['资源支持'], en: ['Resources'] },
      },
      responsible: {
        meaning: {
          'zh-CN': '谁主责，谁协助，经理自己担下哪一部分。',
          en: 'Who owns it, who helps, and which part the manager takes on.',
        },
        rejected: { 'zh-CN': ['负责人', '责任人'], en: ['Owner', 'Responsibility'] },
      },
      review: {
        meaning: {
          'zh-CN': '约一个具体的日期一起看进展，当场写进日历。',
          en: 'A set date to look at progress together, in both calendars.',
        },
        rejected: { 'zh-CN': ['回顾', '复盘节点'], en: ['Follow-up'] },
      },
      risk: {
        meaning: {
          'zh-CN': '最可能卡住的地方，以及真卡住时的第一步预案。',
          en: 'Where it is most likely to stall, and the first move if it does.',
        },
        rejected: { 'zh-CN': ['风险与预案'], en: ['Risks'] },
      },
    },
  },
};

function frameworkEntry<F extends FrameworkId>(id: F): GlossaryFramework {
  const notes = frameworkNotes[id];
  return {
    id,
    name: notes.name,
    meaning: notes.meaning,
    guide: notes.guide,
    letters: frameworkLetters(id).map(({ key, term }) => {
      const letter = notes.letters[key];
      return {
        key,
        term,
        meaning: letter.meaning,
        rejected: { 'zh-CN': letter.rejected?.['zh-CN'] ?? [], en: letter.rejected?.en ?? [] },
      };
    }),
  };
}

/** Every framework, in the order the method teaches them, with every letter. */
export const glossary: readonly GlossaryFramework[] = frameworkIds.map((id) => frameworkEntry(id));

/** Method words that have no letter but a fixed name, taught in one section each. */
export interface GlossaryWord {
  id: string;
  term: Text;
  meaning: Text;
  guide: GuideLink;
}

export const methodWords: readonly GlossaryWord[] = [
  {
    id: 'dynamic-goals',
    term: { 'zh-CN': '动态目标', en: 'Dynamic goals' },
    meaning: {
      'zh-CN': '年度定方向，季度或月度定可调整的里程碑，一对一只谈最近的那个。',
      en: 'The year sets the direction; quarterly or monthly milestones can change; each 1:1 works on the nearest one.',
    },
    guide: { module: 'goals', section: 'static-vs-dynamic' },
  },
  {
    id: 'prep-sheet',
    term: { 'zh-CN': '准备单', en: 'Prep sheet' },
    meaning: {
      'zh-CN': '员工在对话前写下想谈的事、做得好的事、困惑和需要的支持。',
      en: 'What the employee writes before the conversation: topics, wins, puzzles and the support they need.',
    },
    guide: { module: 'conversation', section: 'prep-sheet' },
  },
  {
    id: 'micro-commitment',
    term: { 'zh-CN': '微承诺', en: 'Micro-commitment' },
    meaning: {
      'zh-CN': '一项门槛很低、7 天内就能完成的行动，下次谈话从它的结果聊起。',
      en: 'A small action done within 7 days; the next conversation starts from how it went.',
    },
    guide: { module: 'action', section: 'micro-commitments' },
  },
  {
    id: 'dashboards',
    term: { 'zh-CN': '双视角看板', en: 'Dual dashboards' },
    meaning: {
      'zh-CN': '同一份数据的两种看法：员工看自己的目标和行动，经理看全队的健康度和风险。',
      en: 'One set of data seen two ways: the employee’s goals and actions, the manager’s view of team health and risk.',
    },
    guide: { module: 'tracking', section: 'dashboards' },
  },
  {
    id: 'flash-retro',
    term: { 'zh-CN': '快闪复盘', en: 'Flash retro' },
    meaning: {
      'zh-CN': '每月一次的短复盘：三个问题，再判断卡点出在目标还是执行。',
      en: 'A short monthly review: three questions, then whether the gap is a goal or an execution problem.',
    },
    guide: { module: 'tracking', section: 'flash-retro' },
  },
  {
    id: 'adjustment-trace',
    term: { 'zh-CN': '调整痕迹', en: 'Adjustment trace' },
    meaning: {
      'zh-CN': '目标每改一次，都记下日期、原因、调整前和调整后。',
      en: 'For every change to a goal: the date, the reason, and the goal before and after.',
    },
    guide: { module: 'tracking', section: 'adjustment-trace' },
  },
];

/** The glossary entry of one framework. */
export function glossaryFramework(id: FrameworkId): GlossaryFramework {
  const found = glossary.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`No glossary entry for ${id}`);
  return found;
}

export { terms };
