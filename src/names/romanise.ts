/**
 * Romanisation fallback for Arabic-script names that no lexicon holds. The target is a
 * spelling an English reader recognises (كوزانوف -> Kozanov, بزشكيان -> Bezeshkian), not a
 * reversible transliteration: long-vowel letters become vowels, glides are decided by
 * position, consonant clusters that Arabic script leaves unvowelled get a short vowel, and
 * common foreign-name endings (-ov, -ev, -sky, -ian, -ier, -enko) are spelled as in Latin.
 */

type Unit = { k: 'C' | 'V'; s: string; long?: boolean };

const SHADDA = '\u0651';
const HARAKAT = /[\u0610-\u061A\u064B-\u0650\u0652-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F]/g;

const CONS: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r',
  'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'gh', 'ف': 'f',
  'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'پ': 'p', 'چ': 'ch', 'گ': 'g',
  'ژ': 'zh', 'ڤ': 'v', 'ک': 'k',
};
/** Foreign names: Arabic uses غ/ق for g/k and ف for v inside words. */
const CONS_FOREIGN: Record<string, string> = { 'غ': 'g', 'ق': 'k', 'ج': 'j' };

const ARABIC_ONLY = /[عحصضطظقةذءؤ]/;
const FOREIGN_LETTERS = /[پچگژڤ]/;
const FOREIGN_ENDINGS = /(وف|وفا|يف|يفا|سكي|سكايا|ينكو|نكو|ييه|يير|شتاين|برغ|بيرغ|فيتش|يتش|وفيتش|يان|ون|يو|ز|س)$/;

/** Tail patterns spelled as a block: [arabic ending, latin, minimum stem letters]. */
const SUFFIXES: Array<[string, string, number]> = [
  ['وفيتش', 'ovich', 2], ['يفيتش', 'evich', 2], ['فيتش', 'vich', 2], ['يتش', 'ich', 2],
  ['سكايا', 'skaya', 1], ['وفا', 'ova', 2], ['يفا', 'eva', 2], ['ينكو', 'enko', 2],
  ['سكي', 'sky', 1], ['وف', 'ov', 2], ['يف', 'ev', 2], ['يان', 'ian', 2], ['ييه', 'ier', 2],
  ['شتاين', 'stein', 1], ['بيرغ', 'berg', 1], ['برغ', 'berg', 1], ['مب', 'mp', 1], ['يز', 'ez', 3],
  ['ونغ', 'ong', 1], ['ينغ', 'ing', 1], ['انغ', 'ang', 1], ['نغ', 'ng', 1], ['اوغلو', 'oglu', 0], ['أوغلو', 'oglu', 0],
];

/** Consonant pairs that may end a foreign word without an inserted vowel. */
const CODAS = new Set(['nd', 'nt', 'rd', 'rt', 'rk', 'rg', 'rn', 'rm', 'rs', 'ld', 'lt', 'lm', 'ls', 'mp', 'nk', 'ng', 'st', 'sk', 'ns', 'ks', 'ts', 'ft', 'ss', 'll', 'nn', 'rz', 'nz', 'lz', 'ms', 'mz', 'rsh', 'nch', 'rch']);
const ONSET_2 = /^(b|p|t|d|k|g|f|v|kh|gh)(r|l)$|^s(t|k|p|m|n|l|w|v)$|^sh(t|p|v|m|n|l|r)$|^(t|d|k|g)(w|v)$|^z(v|l)$/;

/**
 * Whether a bare token looks like a non-Arabic name: Persian/foreign letters, a typical
 * foreign ending, or length without any letter only Arabic words use. Decides o vs ou,
 * g vs gh, and whether consonant clusters may stand (Stoltenberg) or get a vowel.
 */
export function isForeign(t: string): boolean {
  if (FOREIGN_LETTERS.test(t)) return true;
  if (ARABIC_ONLY.test(t)) return false;
  if (/(وف|وفا|يف|يفا|سكي|سكايا|ينكو|ييه|شتاين|برغ|فيتش|يتش|يان|مب)$/.test(t)) return true;
  if (t.length >= 4 && /[^اوي]و$/.test(t)) return true;
  return t.length >= 5 && FOREIGN_ENDINGS.test(t) ? true : t.length >= 7;
}

function cap(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function isVowelLetter(ch: string | undefined): boolean {
  return ch === 'ا' || ch === 'و' || ch === 'ي' || ch === 'ى' || ch === 'آ';
}

/**
 * Letter units of a bare token (no article), before vowel insertion: long-vowel letters
 * become vowels or glides by position, hamza seats and ع become vowels or nothing, and a
 * known foreign ending is spelled as one block.
 */
function units(t: string, foreign: boolean): Unit[] {
  const out: Unit[] = [];
  let tail: Unit[] = [];
  for (const [ar, lat, minStem] of SUFFIXES) {
    if (t.endsWith(ar) && t.length - ar.length >= minStem) {
      // -يان/-يف only read as -ian/-ev after a consonant; -مب is Trump-style only in foreign words
      const before = t[t.length - ar.length - 1];
      if ((ar === 'يان' || ar === 'يف' || ar === 'يفا') && isVowelLetter(before)) continue;
      if (ar === 'مب' && !foreign) continue;
      // -نغ is East Asian or Western (Wang, Jong, Berlin-g) even in short words no other rule marks foreign
      if (!foreign && ar !== 'يان' && !ar.endsWith('نغ')) continue;
      t = t.slice(0, -ar.length);
      // the ending is one syllable block; a leading consonant stays separate so the
      // cluster before it is vocalised like any other (Stolt-en-berg, Zelen-sky)
      const m = /^(sh|ch|zh|kh|[^aeiouy])(?=.*[aeiouy])/.exec(lat);
      if (!/[aeiouy]/.test(lat)) tail = [{ k: 'C', s: lat }];
      else if (m) tail = [{ k: 'C', s: m[1]! }, { k: 'V', s: lat.slice(m[1]!.length) }];
      else tail = [{ k: 'V', s: lat }];
      break;
    }
  }
  const chars = [...t];
  const n = chars.length;
  const russian = foreign && /^(ov|ev|ova|eva|enko|vich|ovich|evich|ich|sky|skaya)$/.test(tail.map((u) => u.s).join(''));
  const prevVowel = () => out.length > 0 && out[out.length - 1]!.k === 'V';
  for (let i = 0; i < n; i++) {
    const c = chars[i]!;
    const next = chars[i + 1] ?? (tail[0]?.k === 'V' ? 'ا' : undefined);
    const atEnd = i === n - 1 && tail.length === 0;
    if (c === SHADDA) {
      const last = out[out.length - 1];
      if (last && last.k === 'C') out.push({ ...last });
      continue;
    }
    if (c === 'ت' && chars[i + 1] === 'ش') {
      out.push({ k: 'C', s: 'ch' });
      i++;
      continue;
    }
    switch (c) {
      case 'ا':
        if (!(prevVowel() && out[out.length - 1]!.s === 'a')) out.push({ k: 'V', s: 'a', long: true });
        continue;
      case 'آ':
        out.push({ k: 'V', s: 'a' });
        continue;
      case 'أ':
        if (i === 0 && chars[1] === 'و') {
          // أو- at the start is one vowel (Oliver, Osman), not a-u
          out.push({ k: 'V', s: foreign ? 'o' : 'u' });
          i++;
          continue;
        }
        out.push({ k: 'V', s: i === 0 ? 'a' : prevVowel() ? '' : 'a' });
        continue;
      case 'إ':
        out.push({ k: 'V', s: 'i' });
        if (i === 0 && chars[1] === 'ي') i++;
        continue;
      case 'ؤ':
        out.push({ k: 'V', s: 'u' });
        continue;
      case 'ئ':
        if (chars[i + 1] === 'ي') {
          out.push({ k: 'V', s: 'ei' });
          i++;
        } else out.push({ k: 'V', s: 'i' });
        continue;
      case 'ء':
        continue;
      case 'ى':
        out.push({ k: 'V', s: 'a' });
        continue;
      case 'ة':
        out.push({ k: 'V', s: 'a' });
        continue;
      case 'ع': {
        if (i === 0) {
          if (!isVowelLetter(next)) out.push({ k: 'V', s: 'a' });
        } else if (!prevVowel() && (next === undefined || !isVowelLetter(next))) {
          out.push({ k: 'V', s: 'aa' });
        } else if (prevVowel() && next !== undefined && !isVowelLetter(next)) {
          // بوعزيزي: the ع between a long vowel and a consonant is heard as a
          out.push({ k: 'V', s: 'a' });
        }
        continue;
      }
      case 'و': {
        // و before a vowel letter is w: Darwish (درويش), Sawidi (سويدي), Rawan
        const consonantal =
          i === 0 ||
          chars[i + 1] === 'و' ||
          (prevVowel() && (next === undefined ? false : isVowelLetter(next))) ||
          (!prevVowel() && next === 'ا' && !foreign) ||
          (!prevVowel() && out.length > 0 && next === 'ي' && i + 2 < n && !foreign);
        if (consonantal) out.push({ k: 'C', s: 'w' });
        // Arabic names take the news spelling "ou" (Mansour, Masoud, al-Mansouri)
        else if (!(prevVowel() && /u$/.test(out[out.length - 1]!.s))) out.push({ k: 'V', s: foreign ? 'o' : 'ou' });
        continue;
      }
      case 'ي': {
        const consonantal =
          i === 0 ||
          (prevVowel() && next !== undefined && isVowelLetter(next) && next !== 'ي') ||
          (!prevVowel() && next === 'ا' && !foreign);
        if (consonantal) out.push({ k: 'C', s: 'y' });
        else if (atEnd && prevVowel() && out[out.length - 1]!.s === 'a') out.push({ k: 'V', s: 'i' });
        else if (!(prevVowel() && out[out.length - 1]!.s === 'i'))
          out.push({ k: 'V', s: russian && i > 0 && !prevVowel() && !atEnd ? 'e' : 'i' });
        continue;
      }
      case 'ه':
        // a final ه after a vowel is a spelling of the vowel (ييه، ـويه), not an h
        if (atEnd && prevVowel()) continue;
        out.push({ k: 'C', s: 'h' });
        continue;
      case 'ف':
        {
          const nextCons = chars[i + 1] !== undefined && !isVowelLetter(chars[i + 1]);
          const prevCons = out.length > 0 && !prevVowel();
          out.push({ k: 'C', s: (foreign && i > 0 && (nextCons || prevCons)) || russian ? 'v' : 'f' });
        }
        continue;
      default: {
        // initial غو in a word with no Arabic-only letter is a foreign g (غودال Goodall, غوغل Google)
        const gForeign = c === 'غ' && chars[0] === 'غ' && chars[1] === 'و' && !ARABIC_ONLY.test(t);
        const lat = gForeign ? 'g' : ((foreign ? CONS_FOREIGN[c] : undefined) ?? CONS[c]);
        if (lat) out.push({ k: 'C', s: lat });
      }
    }
  }
  return [...out.filter((u) => u.s !== ''), ...tail];
}

/** Inserts short vowels so no cluster is unpronounceable, then joins the letters. */
function vocalise(us: Unit[], foreign: boolean): string {
  const v: Unit = { k: 'V', s: foreign ? 'e' : 'a' };
  const out: Unit[] = [];
  let i = 0;
  while (i < us.length) {
    if (us[i]!.k === 'V') {
      out.push(us[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < us.length && us[j]!.k === 'C') j++;
    let run = us.slice(i, j);
    const leading = i === 0;
    const final = j === us.length;
    if (leading) {
      const pair = run.length >= 2 ? run[0]!.s + run[1]!.s : '';
      const onsetOk = foreign && run.length >= 2 && ONSET_2.test(pair) && (run.length === 2 ? !final : true);
      const triple = run.length >= 3 ? run[0]!.s + run[1]!.s + run[2]!.s : '';
      if (foreign && /^s(tr|kr|pr|pl|kl)$/.test(triple) && !(run.length === 3 && final)) {
        out.push(run[0]!, run[1]!, run[2]!);
        run = run.slice(3);
        if (run.length) out.push(v);
      } else if (onsetOk) {
        out.push(run[0]!, run[1]!);
        run = run.slice(2);
        if (run.length) out.push(v);
      } else {
        out.push(run[0]!);
        run = run.slice(1);
        if (run.length) out.push(v);
      }
      if (!run.length) {
        i = j;
        continue;
      }
    }
    if (final) {
      // pairs from the left; a last pair must be a pronounceable coda
      const chunks: Unit[][] = [];
      for (let k = 0; k < run.length; k += 2) chunks.push(run.slice(k, k + 2));
      chunks.forEach((ch, idx) => {
        if (idx > 0) out.push(v);
        const last = idx === chunks.length - 1;
        // Arabic fa'il names (خالد، جابر، ماجد): a long a, one consonant, then i
        const faail = !foreign && run.length === 2 && out[out.length - 1]?.long === true;
        if (faail) out.push(ch[0]!, { k: 'V', s: 'i' }, ch[1]!);
        else if (last && ch.length === 2 && !CODAS.has(ch[0]!.s + ch[1]!.s) && ch[0]!.s !== ch[1]!.s) out.push(ch[0]!, v, ch[1]!);
        else out.push(...ch);
      });
    } else if (run.length <= 2) {
      out.push(...run);
    } else {
      // medial: odd run starts with a single consonant, then pairs (z-sh-k -> z e shk)
      let k = 0;
      if (run.length % 2 === 1) {
        out.push(run[0]!, v);
        k = 1;
      }
      for (; k < run.length; k += 2) {
        out.push(...run.slice(k, k + 2));
        if (k + 2 < run.length) out.push(v);
      }
    }
    i = j;
  }
  return out.map((u) => u.s).join('');
}

const PARTICLES: Record<string, string> = {
  'عبد': 'Abd', 'بن': 'bin', 'ابن': 'Ibn', 'إبن': 'Ibn', 'بنت': 'bint', 'أبو': 'Abu', 'ابو': 'Abu', 'أبي': 'Abi',
  'آل': 'Al', 'ال': 'al', 'ولد': 'Ould', 'أم': 'Umm', 'ام': 'Umm', 'دي': 'de', 'دا': 'da', 'فون': 'von',
  'فان': 'van', 'دير': 'der', 'لا': 'La', 'لو': 'Le', 'دو': 'du',
};

/** Latin spelling of one Arabic-script token; "" when it holds no Arabic letters. */
export function romaniseToken(raw: string): string {
  let t = raw.slice(0, 60).normalize('NFC').replace(HARAKAT, '').replace(/ی/g, 'ي').replace(/ک/g, 'ك');
  t = t.replace(/[^\u0621-\u064A\u0651\u067E\u0686\u06AF\u0698\u06A4\u06A9]/g, '');
  if (!t) return '';
  const particle = PARTICLES[t];
  if (particle) return particle;
  if (t.startsWith('عبدال') && t.length > 6) return 'Abdel' + romaniseToken(t.slice(5)).toLowerCase();
  if (t.startsWith('ال') && t.length > 3) {
    const rest = t.slice(2);
    return 'al-' + cap(romaniseToken(rest));
  }
  if ((t.startsWith('أبو') || t.startsWith('ابو')) && t.length > 4) return 'Abu ' + romaniseToken(t.slice(3));
  const foreign = isForeign(t);
  let s = vocalise(units(t, foreign), foreign);
  s = s.replace(/(.)\1\1+/g, '$1$1').replace(/^'+|'+$/g, '');
  if (!/[aeiouy]/.test(s)) s = s.length ? s[0] + (foreign ? 'e' : 'a') + s.slice(1) : s;
  return cap(s);
}

/** Latin spelling of an Arabic name, token by token. */
export function romanise(name: string): string {
  return name
    .slice(0, 300)
    .split(/[\s\u00A0]+/)
    .map(romaniseToken)
    .filter(Boolean)
    .join(' ');
}
