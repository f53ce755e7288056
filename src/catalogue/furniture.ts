/**
 * Page furniture of saved Chinese government web pages: lines that are site chrome, not document
 * text, and the labels of the metadata tables (索引号 tables) whose values are worth keeping.
 * Data only; `src/ingest/normalise.ts` applies it.
 */

/**
 * Labels of metadata fields on government pages, mapped to a field name. Written without
 * spaces; matching tolerates spaces between the characters (`索  引  号`).
 */
export const METADATA_LABELS = [
  ['索引号', 'index_number'],        // 索引号 "index number" of the open-government catalogue
  ['主题分类', 'topic'],
  ['文件类别', 'category'],
  ['发布机构', 'issuer'],            // 发布机构 "publishing office"
  ['发布机关', 'issuer'],
  ['发文机关', 'issuer'],
  ['发文单位', 'issuer'],
  ['发文字号', 'doc_number'],        // 发文字号 "document number" (文号)
  ['文号', 'doc_number'],
  ['成文日期', 'written_date'],      // 成文日期 "date the document was signed"
  ['发文日期', 'published_date'],
  ['发布日期', 'published_date'],    // 发布日期 "date published online"
  ['公开日期', 'published_date'],
  ['信息名称', 'title'],
  ['标题', 'title'],
  ['名称', 'title'],
  ['统一编号', 'unified_number'],
  ['有效性', 'validity'],
  ['有效期', 'validity_period'],
  ['公开方式', 'disclosure'],
  ['规范性文件登记号', 'registration_number'],
  ['作者', 'author'],
  ['来自', 'from'],
  ['信息来源', 'from'],
  ['文章来源', 'from'],
  ['稿件来源', 'from'],
  ['来源', 'from'],
  ['发布时间', 'published_date'],
  ['时间', 'published_date'],
  ['浏览次数', 'views'],
] as const;

export type MetadataField = (typeof METADATA_LABELS)[number][1];

/**
 * Whole lines that are site chrome. A line is dropped when, after removing spaces, it matches
 * one of these patterns entirely.
 */
export const FURNITURE_LINES: readonly RegExp[] = [
  /^扫一扫在手机(上)?打开当前页$/,          // "scan to open this page on your phone"
  /^(【)?(下载word|下载pdf|下载)(】)?((下载word|下载pdf)(】)?)*$/i,
  /^(【)?(关闭窗口|关闭|打印本页|打印|收藏|返回顶部|纠错)(】)?([|｜]?(【)?(关闭窗口|关闭|打印本页|打印|收藏|返回顶部|纠错)(】)?)*$/,
  /^无障碍浏览$/,                            // "accessible browsing" toggle
  /^(长者模式|适老化|繁体版?|简体版?|English)([|｜](长者模式|适老化|繁体版?|简体版?|English))*$/,
  /^(您|你)(现在)?的?(当前)?位置[:：]/,         // breadcrumb "you are here:"
  /^当前位置[:：]/,
  /^(首页|网站首页|主页)[>›»\/]/,                // breadcrumb trail `首页 > 政务公开 > 正文`
  /^分享到[:：]?/,                           // "share to"
  /^字号[:：]?(大|中|小|\s)*$/,                // font-size switch
  /^【?字体[:：]?(大|中|小|\s|】|【)*$/,
  /^[-|:\s]+$/,                              // markdown table rules `---|---|`
  /^(上一篇|下一篇)[:：]/,
  /^[-—–]?\d{1,3}[-—–]?$/,                  // page numbers of a PDF (`- 3 -`)
  /^第\d{1,3}页(,?共\d{1,3}页)?$/,
  /^相关(链接|文件|阅读|解读)$/,
  /^(相关解读|图文解读|图片解读|媒体解读|政策解读|视频解读|简明问答|专家解读|文字解读)[:：]/, // links to commentary pages
  /^producedby/i,                            // CMS footer `Produced By …`
  /大汉版通/,
  /^(网站地图|联系我们|网站声明|隐私声明)/,
  /^(主办|承办|版权所有)[:：]/,
];
