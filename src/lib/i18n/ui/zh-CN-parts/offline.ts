/** 离线使用、更新提示、手机菜单和加密链接的界面文案（键以 `offline.`、`menu.`、`sealed.` 开头）。 */
export const zhOffline = {
  'offline.updateAvailable': '工具箱有新版本了。',
  'offline.reload': '重新载入',
  'offline.dismiss': '稍后',
  'offline.waitingForSave': '你刚改的内容还没保存好，保存完就会自动重新载入。',
  'offline.notSavable':
    '你改的内容现在只在这个页面里（浏览器存储不可用），重新载入会丢失。请先导出，再点“重新载入”。',

  'q.local.offline':
    '你现在没有联网，所以这些问题是浏览器用内置规则生成的，什么也没有发送。联网后可以再选 AI 试一次。',

  'ws.observer.chooseScenario': '选一个演练情景',
  'ws.observer.chooseScenarioHelp':
    '会填上情景编号，并按它练习的框架勾好“这场演练要练的框架”，需要的话可以再改。',
  'ws.observer.chooseScenarioNone': '（不从列表选，自己填）',

  'menu.open': '菜单',
  'menu.label': '打开或收起网站导航',

  'sealed.send.button': '以链接发送',
  'sealed.send.title': '以加密链接发送',
  'sealed.send.intro':
    '整份工作表（标题、对象和全部内容）会压缩、加密后放进链接本身。链接里 # 后面的部分不会发给任何服务器，本站也看不到。',
  'sealed.send.who': '谁能打开',
  'sealed.send.modeKey': '拿到完整链接的人',
  'sealed.send.modePassphrase': '同时拿到链接和口令的人',
  'sealed.send.passphrase': '口令',
  'sealed.send.passphraseHelp':
    '至少 {min} 个字符。请用另一种方式告诉对方，比如当面或电话，不要和链接放在同一条消息里。',
  'sealed.send.passphraseShort': '口令至少要 {min} 个字符。',
  'sealed.send.make': '生成链接',
  'sealed.send.working': '正在加密……',
  'sealed.send.link': '加密链接',
  'sealed.send.copy': '复制链接',
  'sealed.send.copied': '链接已复制。',
  'sealed.send.copyFailed': '没能复制，请选中上面的链接手动复制。',
  'sealed.send.readersKey':
    '任何拿到这个完整链接的人都能读到这份工作表，其他人（包括本站）都读不到：只发给要看的人。',
  'sealed.send.readersPassphrase':
    '只有同时拿到这个链接和口令的人才能读到这份工作表，其他人（包括本站）都读不到。',
  'sealed.send.long':
    '这个链接有 {length} 个字符，有些聊天工具和邮件会把过长的链接截断。如果对方打不开，请改用“导出 JSON”发送文件。',
  'sealed.send.close': '收起',
  'sealed.send.unavailable': '加密功能没能加载（可能是网络断了）。请联网后再试一次，或者改用“导出 JSON”。',

  'sealed.open.title': '打开收到的工作表链接',
  'sealed.open.lead': '别人用“以链接发送”发给你的工作表，在这里解密、查看，再决定要不要存进“我的工作表”。',
  'sealed.open.readersKey':
    '这个链接里的工作表是加密的：任何拿到这个完整链接的人都能读到，其他人（包括本站）都读不到。',
  'sealed.open.readersPassphrase':
    '这个链接里的工作表是加密的：只有同时拿到链接和口令的人才能读到，其他人（包括本站）都读不到。',
  'sealed.open.reading': '正在解密……',
  'sealed.open.passphraseTitle': '这个链接需要口令',
  'sealed.open.passphrase': '口令',
  'sealed.open.passphraseHelp': '发送人应该已经用另一种方式告诉你了。解密要一两秒。',
  'sealed.open.unlock': '打开',
  'sealed.open.holds': '链接里是什么',
  'sealed.open.kind': '类型',
  'sealed.open.worksheetTitle': '标题',
  'sealed.open.person': '对象',
  'sealed.open.updated': '最后修改',
  'sealed.open.content': '内容',
  'sealed.open.save': '存进我的工作表',
  'sealed.open.conflict':
    '你这里已经有这份工作表（可能是之前收到的版本）。要两份都留着，还是用链接里的替换掉你这份？',
  'sealed.open.keepBoth': '两份都留',
  'sealed.open.replace': '替换我的',
  'sealed.open.saved': '已存进“我的工作表”。',
  'sealed.open.openIt': '打开这份工作表',
  'sealed.open.saveFailed': '没能保存：浏览器存储出了问题。链接还在，稍后可以再试。',
  'sealed.open.noLink':
    '这里还没有链接。请打开别人发给你的加密链接（以 …/worksheets/open/#sealed= 开头的地址）。',
} as const;
