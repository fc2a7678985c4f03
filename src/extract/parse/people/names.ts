// Person names as printed in Chinese government documents: 2–4 Han
// characters without inner spaces (spaces are removed before matching), or
// a minority name with a middle dot (阿依古丽·买买提).

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由';
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '皇甫', '令狐', '公孙', '慕容', '尉迟', '长孙', '宇文', '司徒', '夏侯', '东方', '端木', '南宫', '独孤', '西门', '呼延', '申屠'];

/** Characters that do not occur in the names this corpus prints but do in the words around them. */
const NOT_IN_NAMES = /[的是在等各县局委府部门以其免拟经年月日号职务、，。：；及与或族]/;
const HAN_ONLY = /^[\u4e00-\u9fa5]+$/;
const MINORITY = /^[\u4e00-\u9fa5]{1,8}·[\u4e00-\u9fa5]{1,8}$/;

export function hasSurname(s: string): boolean {
  return SURNAMES.includes(s[0] ?? '\u0000') || COMPOUND_SURNAMES.some((c) => s.startsWith(c));
}

/** Whether `s` can be a person's name on its own. */
export function isPersonName(s: string): boolean {
  if (MINORITY.test(s)) return true;
  if (s.length < 2 || s.length > 4 || !HAN_ONLY.test(s) || NOT_IN_NAMES.test(s)) return false;
  return s.length <= 3 ? true : COMPOUND_SURNAMES.some((c) => s.startsWith(c)) || hasSurname(s);
}

/** `张三、李四和王五` → three names; null when any item is not a name. */
export function splitNames(s: string): string[] | null {
  const items = s.split(/[、，,和与及]/).map((x) => x.replace(/同志$/, '')).filter(Boolean);
  return items.length > 0 && items.every(isPersonName) ? items : null;
}

/**
 * Splits a name off the start of `text` when the name runs straight into
 * what follows (免去刘华银川市…职务). `known` are names the document already
 * gives elsewhere; `cues` are tests of what may follow a name, strongest
 * first (the document's own place names before any place name).
 */
export function leadingName(text: string, known: ReadonlySet<string>, cues: ReadonlyArray<(rest: string) => boolean>): string | null {
  let best = '';
  for (const k of known) if (k.length > best.length && text.length > k.length && text.startsWith(k)) best = k;
  if (best) return best;
  const marked = /^([\u4e00-\u9fa5]{2,4}?|[\u4e00-\u9fa5]{1,8}·[\u4e00-\u9fa5]{1,8}?)(?:同志|的)/.exec(text);
  if (marked?.[1] && isPersonName(marked[1])) return marked[1];
  for (const cue of cues) {
    for (const n of [3, 2, 4]) {
      const name = text.slice(0, n);
      if (isPersonName(name) && cue(text.slice(n))) return name;
    }
  }
  const fallback = text.slice(0, 3);
  return isPersonName(fallback) && hasSurname(fallback) ? fallback : null;
}
