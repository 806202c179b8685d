// Chinese labels and help text of the editor's fields (lib/editor/cms-config.ts).
// Labels are keyed by field name; help text by the model's English description
// (lib/content-model.ts), so that a description changed there shows up as
// missing here: tests/unit/editor-config.test.ts names every field without one.

export const fieldLabelsZh: Record<string, string> = {
  title: '标题',
  description: '摘要说明',
  updated: '更新日期',
  draft: '草稿',
  translationPending: '译文待补',
  parityExceptions: '有意的语言差异',
  lead: '导语',
  navTitle: '导航标题',
  navOrder: '导航顺序',
  proof: '首页证据条',
  value: '数值',
  label: '说明',
  caseStudy: '案例',
  attribution: '出处说明',
  order: '顺序',
  summary: '一句话摘要',
  caseStudies: '相关案例',
  company: '公司',
  platform: '平台',
  year: '年份',
  published: '首次发布日期',
  outcome: '成果',
  outcomeAttribution: '成果的出处说明',
  rayLibraries: '使用的 Ray 组件',
  rayLibrariesAttribution: 'Ray 组件的出处说明',
  deployment: '部署方式',
  deploymentAttribution: '部署方式的出处说明',
  keyNumbers: '关键数字',
  sources: '来源',
  url: '网址',
  publisher: '发布者',
  kind: '类型',
  archived: '已归档',
  zh: '中文',
  en: 'English',
  body: '正文',
  source: '出处',
  workloads: '工作负载',
  workloadsAttribution: '工作负载的出处说明',
  infrastructure: '运行方式',
  scale: '规模',
  scaleAttribution: '规模的出处说明',
  before: '之前的方案',
  beforeAttribution: '之前方案的出处说明',
  baseline: '对比基准',
  period: '时间范围',
  id: '短名',
};

export const fieldHelpZh: Record<string, string> = {
  'Page title: the <h1> and the <title>.': '页面标题：即页面的 <h1> 和 <title>。',
  'One or two sentences for search results and link previews (max. 160 characters; a Chinese character counts as two).':
    '用于搜索结果和链接预览的一两句话（最多 160 个字符；一个汉字按两个计）。',
  'Last meaningful edit (YYYY-MM-DD): shown under the title, given to the sitemap and the feeds. Change it when the content changes (not for formatting); content:check warns when the content changed but the date did not.':
    '最后一次实质修改的日期（YYYY-MM-DD）：显示在标题下，并用于站点地图和订阅源。内容变化时修改它（只改格式时不改）；内容变了而日期没变，content:check 会提醒。',
  'true: shown in `npm run dev` only, never on the live site. Leave it out (or false) to publish.':
    '选中：只在 `npm run dev` 中显示，不会出现在正式网站上。要发布就不选（或不写）。',
  'true: this page is published in its own language first, on purpose; the other language\'s URL shows a short "available in …" page until the translation exists.':
    '选中：本页有意先以本语言发布；译文完成前，另一语言的网址显示一个简短的“可阅读……版本”页面。',
  'Deliberate differences from the translation that content:check accepts: a URL, a number, "components" or "headings".':
    'content:check 接受的、与译文有意不同之处：一个网址、一个数字、"components" 或 "headings"。',
  'Optional line under the title (the hero sentence on the home page).': '标题下的一行（首页的主句），可不填。',
  'Label in the header navigation; pages without it stay out of the nav.': '顶部导航中的名称；不填则不进入导航。',
  'Position in the header navigation (smaller comes first); the same number in both languages.':
    '在顶部导航中的位置（数字小的在前）；两种语言用同一个数字。',
  'Home page only: sourced figures shown in a strip under the hero, each linking to its case study.':
    '仅用于首页：主句下方一排有出处的数字，每个都链接到对应案例。',
  'The figure as the case study states it, e.g. "2–3 days → a few hours".': '与案例中写法一致的数字，例如“2–3 天 → 几小时”。',
  'What the figure measures, naming the company.': '这个数字衡量什么，并写明公司。',
  'Slug of the case study that states the figure, e.g. instacart-griffin.': '给出该数字的案例的短名，例如 instacart-griffin。',
  'Pillar number (1, 2, 3): order on cards and lists.': '支柱编号（1、2、3）：卡片和列表中的顺序。',
  'One sentence shown on the pillar cards.': '显示在支柱卡片上的一句话。',
  'Slugs of case studies that show this pillar, e.g. [shopify-merlin, spotify].': '体现这一支柱的案例短名，例如 shopify-merlin、spotify。',
  'The figure, e.g. "3×" or "20 workers".': '数字本身，例如“3×”或“20 个 worker”。',
  'What the figure measures.': '这个数字衡量什么。',
  'Title of the cited page or video.': '所引网页或视频的标题。',
  'https:// address of the real source (example.com, localhost and private addresses are errors on a published page).':
    '真实来源的 https:// 地址（已发布页面上，example.com、localhost 和内网地址都算错误）。',
  'Who published it, e.g. "Shopify Engineering".': '发布者，例如“Shopify Engineering”。',
  "true for a third-party summary of an original (e.g. ZenML's MLOps database): facts seen only there carry an attribution naming its publisher.":
    '第三方对原文的摘要（例如 ZenML 的 MLOps 数据库）请选中：只在摘要中出现的事实要写明其发布者。',
  'Company name, e.g. "Shopify".': '公司名称，例如“Shopify”。',
  'Platform name, e.g. "Merlin".': '平台名称，例如“Merlin”。',
  'Year of the sources the case study relies on (when the platform was first described publicly): in the facts panel, on the cards and in the proof strip. A number.':
    '案例所依据来源的年份（平台首次公开介绍的时间）：显示在事实面板、卡片和首页证据条中。填数字。',
  'Date this case study was first published on the site (the feeds).': '本案例首次在本站发布的日期（用于订阅源）。',
  'One concrete, sourced result: the big line on the case-study cards.': '一项具体且有来源的成果：案例卡片上的醒目大字。',
  'Ray pieces used, e.g. [Ray Train, Ray Tune, KubeRay].': '使用的 Ray 组件，例如 Ray Train、Ray Tune、KubeRay。',
  'Every source the page relies on, listed at the end of the page. Every attribution on the page must name the publisher of one of them.':
    '本页依据的全部来源，列在页面末尾。页面上的每条出处说明都必须是其中某个来源的发布者。',
  'Chinese text.': '中文文本。',
  'English text.': '英文文本。',
  'https:// address.': 'https:// 地址。',
  'Title in both languages.': '两种语言的标题。',
  'One sentence in both languages.': '两种语言各一句话。',
  "When the summary states a fact seen only in a third-party summary: that summary's name in both languages, shown after it.":
    '若摘要中的事实只见于第三方摘要：用两种语言写出该摘要的名称，显示在其后。',
  'Who published it; leave it out when that is not confirmed.': '发布者；无法确认时不填。',
  'true: shown in `npm run dev` only.': '选中：只在 `npm run dev` 中显示。',
  'Position in the list (1 comes first; the home page shows the first three).': '在列表中的位置（1 在最前；首页显示前三个）。',
  'true for a link kept for the record whose page is gone; it gets an "archived" label.':
    '选中：原网页已不在、仅作存档保留的链接；会加上“已归档”标注。',

  'Position in lists and previous/next links (1 comes first); the same number in both languages.':
    '在列表和“上一篇/下一篇”链接中的位置（1 在最前）；两种语言用同一个数字。',
  'blog, talk, slides or panel.': '博客（blog）、演讲（talk）、幻灯片（slides）或座谈（panel）。',
  'Outcome from a summary: Names the third-party summary the fact comes from, shown next to it, e.g. "via ZenML\'s summary" / "据 ZenML 的摘要"; it must name the publisher of a source marked summary: true.':
    '成果来自摘要时：写明事实来自哪份第三方摘要，显示在事实旁边，例如“据 ZenML 的摘要”；必须是标为“摘要”的来源的发布者。',
  'Ray pieces from a summary: Names the third-party summary the fact comes from, shown next to it, e.g. "via ZenML\'s summary" / "据 ZenML 的摘要"; it must name the publisher of a source marked summary: true.':
    'Ray 组件来自摘要时：写明事实来自哪份第三方摘要，显示在事实旁边，例如“据 ZenML 的摘要”；必须是标为“摘要”的来源的发布者。',
  'Deployment from a summary: Names the third-party summary the fact comes from, shown next to it, e.g. "via ZenML\'s summary" / "据 ZenML 的摘要"; it must name the publisher of a source marked summary: true.':
    '部署方式来自摘要时：写明事实来自哪份第三方摘要，显示在事实旁边，例如“据 ZenML 的摘要”；必须是标为“摘要”的来源的发布者。',
  "id of the case study's source the figure comes from, e.g. zenml; the attribution shown is derived from it.":
    '该数字出自案例的哪个来源：填那个来源的短名，例如 zenml；显示的出处说明由它生成。',
  'Where Ray runs, e.g. "Kubernetes (GKE) via KubeRay"; the home page\'s cards show it without a year, so name the year here when it is not `year`\'s.':
    'Ray 运行在哪里，例如“通过 KubeRay 运行在 Kubernetes（GKE）上”；首页卡片显示它时不带年份，所以若时间与 `year` 不同，请在这里写明年份。',
  'What the platform runs on Ray, from the sources; one or more of data-processing, training, tuning, batch-inference, online-serving, reinforcement-learning, llm-fine-tuning (lib/case-studies/workloads.ts).':
    '平台在 Ray 上运行哪些工作负载（以来源为准）；从 data-processing、training、tuning、batch-inference、online-serving、reinforcement-learning、llm-fine-tuning 中选一个或多个（lib/case-studies/workloads.ts）。',
  'Workloads from a summary: Names the third-party summary the fact comes from, shown next to it, e.g. "via ZenML\'s summary" / "据 ZenML 的摘要"; it must name the publisher of a source marked summary: true.':
    '工作负载来自摘要时：写明事实来自哪份第三方摘要，显示在事实旁边，例如“据 ZenML 的摘要”；必须是标为“摘要”的来源的发布者。',
  "How Ray runs there, as one of the deployment page's patterns: pick-and-choose or inside-platform; the next step links that section.":
    'Ray 在那里的运行方式，取部署页的两种模式之一：pick-and-choose 或 inside-platform；文末的“下一步”会链接到对应小节。',
  'The scale the sources state (workers, models, users), in one line.': '来源中给出的规模（worker、模型、用户数），写成一行。',
  'Scale from a summary: Names the third-party summary the fact comes from, shown next to it, e.g. "via ZenML\'s summary" / "据 ZenML 的摘要"; it must name the publisher of a source marked summary: true.':
    '规模来自摘要时：写明事实来自哪份第三方摘要，显示在事实旁边，例如“据 ZenML 的摘要”；必须是标为“摘要”的来源的发布者。',
  'What Ray replaced or joined, in one line.': 'Ray 取代了什么，或与什么并存，写成一行。',
  '"before" from a summary: Names the third-party summary the fact comes from, shown next to it, e.g. "via ZenML\'s summary" / "据 ZenML 的摘要"; it must name the publisher of a source marked summary: true.':
    '“之前的方案”来自摘要时：写明事实来自哪份第三方摘要，显示在事实旁边，例如“据 ZenML 的摘要”；必须是标为“摘要”的来源的发布者。',
  'Figures shown in the facts panel, results on Ray and context apart; each cites its source.':
    '事实面板中的数字，“Ray 上的成果”与“背景”分开显示；每个都注明出处。',
  'result: an outcome of running Ray (shown under "Results on Ray"; only these may reach the home page\'s proof strip); context: a fact about the company, the platform as a whole or another product.':
    'result：运行 Ray 得到的成果（显示在“Ray 上的成果”下；只有这类数字能进首页证据条）；context：关于公司、整个平台或其他产品的背景事实。',
  'What the figure is compared with, as the source states it, e.g. "Celery on ECS".':
    '与什么相比，按来源的说法填写，例如“ECS 上的 Celery”。',
  'When or over what time the figure holds, as the source states it, e.g. "2022" or "in one year".':
    '数字对应的时间或时段，按来源的说法填写，例如“2022”或“一年内”。',
  "id of the source the figure comes from, one of the page's sources; the attribution shown is derived from it.":
    '数字出自哪个来源：填本页某个来源的短名；显示的出处说明由它生成。',
  'Short name that key numbers and proof items use to cite this source, e.g. zenml-talk; the same in both languages.':
    '关键数字和首页证据条引用此来源时用的短名，例如 zenml-talk；两种语言相同。',
};
