/** 打不开或导入不了工作表时的说明（键以 `error.worksheet.` 开头）。 */
export const zhWorksheetErrors = {
  'error.worksheet.notObject': '这不是一份工作表：内容应当是一个 JSON 对象。',
  'error.worksheet.unknownKind.missing': '缺少工作表类型（kind）。',
  'error.worksheet.unknownKind.named': '不认识的工作表类型「{kind}」。',
  'error.worksheet.newerVersion':
    '这份{name}由更新版本的工具箱保存（数据版本 {version}，本页面最高支持 {supported}）。请刷新页面后再试。',
  'error.worksheet.unsupportedVersion':
    '这份{name}的数据版本 {version} 太旧，无法读取（最早支持 {oldest}）。',
  'error.worksheet.migrationFailed': '把这份{name}升级到新格式时出错（步骤 {step}）。',
  'error.worksheet.invalidData': '字段 {path} {issue}。',
  'error.worksheet.wholeValue': '（整体）',
  'error.worksheet.issues.missing': '缺失',
  'error.worksheet.issues.wrong_type': '的类型不对',
  'error.worksheet.issues.too_long': '超过了 {limit} 个字符的上限',
  'error.worksheet.issues.too_short': '少于 {limit} 个字符',
  'error.worksheet.issues.too_many': '超过了 {limit} 项的上限',
  'error.worksheet.issues.too_few': '少于 {limit} 项',
  'error.worksheet.issues.out_of_range': '的数值超出了允许范围',
  'error.worksheet.issues.bad_date': '不是有效日期（应为 YYYY-MM-DD）',
  'error.worksheet.issues.bad_datetime': '不是有效时间（应为 ISO 8601 格式）',
  'error.worksheet.issues.bad_format': '的格式不对',
  'error.worksheet.issues.not_allowed': '不是允许的取值',
  'error.worksheet.issues.invalid': '的内容无效',
  'error.worksheet.genericWorksheet': '工作表',
  'error.worksheet.tooLarge': '文件有 {size} MB，超过了 {limit} MB 的上限。',
  'error.worksheet.notJson': '这不是 JSON 文件，或者文件已经损坏。',
  'error.worksheet.wrongShape.root': '文件内容不是工作表导出格式：最外层应当是一个对象。',
  'error.worksheet.wrongShape.type':
    '这不是本工具箱导出的工作表文件（type 应为 “coaching-toolkit/worksheets”）。',
  'error.worksheet.wrongShape.version': '文件缺少有效的格式版本号（version）。',
  'error.worksheet.wrongShape.worksheets': '文件里没有工作表列表（worksheets）。',
  'error.worksheet.newerFile':
    '这个文件由更新版本的工具箱导出（文件版本 {version}，这里最高支持 {supported}）。请刷新页面后再导入。',
  'error.worksheet.failure.untitled': '第 {position} 份：{reason}',
  'error.worksheet.failure.titled': '第 {position} 份「{title}」：{reason}',
} as const;
