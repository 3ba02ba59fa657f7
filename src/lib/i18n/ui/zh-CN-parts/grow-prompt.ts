/**
 * 问题生成接口写给 AI 模型的指令里、关于中文的两句（键以 `grow.prompt.` 开头）。指令整体用英文写，
 * 所以这两句也是英文：说明要用哪种语言提问，以及这种语言里哪些说法会把问题变成封闭式问题。
 */
export const zhGrowPrompt = {
  'grow.prompt.language': 'Simplified Chinese (zh-CN), natural spoken Mandarin as used in a workplace 1:1',
  'grow.prompt.closedForms':
    'Do not end a question with 吗/吧/嘛, and do not use 是不是, 对不对, 好不好, 能不能, 有没有, 要不要, 是否.',
} as const;
