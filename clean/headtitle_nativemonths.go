package clean

import (
	"strings"
	"sync"
)

// nativeDateWords are the month and weekday names a date line printed in
// another script's digits holds (nativeDigitDate): Hindi's, Marathi's and
// Nepali's Gregorian and Bikram Sambat months and weekdays, Bengali's
// Gregorian and Bengali months and weekdays, the Arabic names of the
// Gregorian, Levantine and Hijri months (one word of each), Arabic's
// weekdays, and Persian's solar months and weekdays. A headline with a
// year and a count in those digits names none ("बजट २०८१: १० मुख्य
// बुँदा", "كأس العالم ٢٠٢٦: ٤٨ منتخبا").
// Made on first use: few pages print such digits.
var nativeDateWords = sync.OnceValue(func() map[string]bool {
	return newWordSet(strings.Fields(
		// Devanagari: Gregorian months (Hindi, Nepali spellings), Bikram Sambat months, weekdays
		"जनवरी फरवरी फेब्रुअरी मार्च अप्रैल अप्रिल मई मे जून जुन जुलाई अगस्त अगस्ट सितंबर सितम्बर सेप्टेम्बर " +
			"अक्टूबर अक्तूबर अक्टोबर नवंबर नवम्बर नोभेम्बर दिसंबर दिसम्बर डिसेम्बर " +
			"बैशाख वैशाख जेठ जेष्ठ असार आषाढ साउन श्रावण भदौ भाद्र असोज आश्विन कात्तिक कार्तिक मंसिर मार्ग पुस पौष " +
			"माघ फागुन फाल्गुन चैत चैत्र " +
			"सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार " +
			"आइतबार सोमबार मंगलबार बुधबार बिहीबार शुक्रबार शनिबार " +
			// Bengali
			"জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর " +
			"বৈশাখ জ্যৈষ্ঠ আষাঢ় শ্রাবণ ভাদ্র আশ্বিন কার্তিক অগ্রহায়ণ পৌষ মাঘ ফাল্গুন চৈত্র " +
			"রবিবার সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার " +
			// Arabic: Gregorian, Levantine and Hijri months, weekdays
			"يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر " +
			"كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين " +
			"محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة " +
			"الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت " +
			// Persian: solar months, weekdays
			"فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند " +
			"شنبه یکشنبه دوشنبه سه\u200cشنبه چهارشنبه پنجشنبه پنج\u200cشنبه جمعه")...)
})

// nativeDateShape reports whether word w is a date of native digits
// parted by slashes, hyphens or full stops into three runs ("२०८१/११/२२",
// "٢٠٢٦-٠٣-٠٥"). digits says whether a rune is such a digit.
func nativeDateShape(w string, digit func(rune) bool) bool {
	runs, inRun := 0, false
	for _, r := range w {
		switch {
		case digit(r):
			if !inRun {
				runs++
			}
			inRun = true
		case r == '/' || r == '-' || r == '.':
			if !inRun {
				return false
			}
			inRun = false
		default:
			return false
		}
	}
	return runs == 3 && inRun
}
