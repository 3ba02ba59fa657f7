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

  'menu.open': '菜单',
  'menu.label': '打开或收起网站导航',
} as const;
