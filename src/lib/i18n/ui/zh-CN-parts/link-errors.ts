/** 预填链接和加密链接打不开时的说明（键以 `error.prefill.`、`error.sealed.` 开头）。 */
export const zhLinkErrors = {
  'error.prefill.not_prefill': '这个地址里没有预填内容，所以打开的是一份空白工作表。',
  'error.prefill.unsupported_version':
    '这个预填链接的格式（{version}）来自另一个版本的工具箱，这里读不了，所以没有载入任何内容，下面是一份空白工作表。请让发链接的人用本站的“预填链接生成器”重新生成一次。',
  'error.prefill.corrupted':
    '这个预填链接不完整，或者在复制、转发时被改动过（校验没有通过），所以没有载入任何内容，下面是一份空白工作表。请把链接完整地再复制一次打开；还不行的话，请发链接的人重新发一次。',
  'error.prefill.too_large.link':
    '这个预填链接太长了（{length} 个字符，上限 {limit}），所以没有载入，下面是一份空白工作表。请发链接的人把示例写得短一些，再重新生成。',
  'error.prefill.too_large.payload':
    '这个预填链接里的内容远远超出一份工作表的大小，所以没有载入，下面是一份空白工作表。请发链接的人把示例写得短一些，再重新生成。',
  'error.prefill.invalid_worksheet':
    '这个预填链接里的工作表内容不符合要求：{reason}所以没有载入，下面是一份空白工作表。请发链接的人检查示例后重新生成。',
  'error.sealed.not_sealed':
    '这个地址里没有加密的工作表链接（# 后面的部分不见了，或者不是本工具箱生成的）。什么也没有保存。请把收到的链接完整地复制到浏览器地址栏里打开。',
  'error.sealed.unsupported_version.newer':
    '这个链接由更新版本的工具箱生成（格式 {version}），这里的版本还读不了。什么也没有保存。请刷新页面取得最新版本后再打开；仍然不行的话，请发送人用你这边的工具箱版本重新生成。',
  'error.sealed.unsupported_version.older':
    '这个链接的格式（{version}）这里读不了。什么也没有保存。请发送人重新生成一次。',
  'error.sealed.corrupted':
    '这个链接不完整，或者在复制、转发时被改动过（校验没有通过）。什么也没有保存。请把链接完整地再复制一次；还不行的话，请发送人重新发一次。',
  'error.sealed.too_large.link':
    '这个链接太长了（{length} 个字符，上限 {limit}）。什么也没有保存。请发送人精简内容后重新生成，或者改用导出文件。',
  'error.sealed.too_large.payload':
    '这个链接里的内容远远超出一份工作表的大小。什么也没有保存。请发送人改用导出文件。',
  'error.sealed.invalid_worksheet':
    '链接里的工作表内容不符合要求：{reason}什么也没有保存。请发送人检查后重新生成。',
  'error.sealed.wrong_passphrase':
    '口令不对，链接没有打开，什么也没有保存。请核对口令（区分大小写和空格）后再试。',
  'error.sealed.tampered':
    '这个链接被人改动过：校验码对得上，但内容无法用链接里的密钥解开。什么也没有保存。请向发送人当面确认后，让对方重新发一次。',
  'error.sealed.no_crypto':
    '这个浏览器在当前地址下不提供加密功能（通常是因为网站没有使用 HTTPS）。什么也没有保存。请用 HTTPS 地址打开本站，或换一个新版浏览器。',
} as const;
