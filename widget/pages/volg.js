// The page around the follow-up widget follows the language the resident chose in it (or the widget chose from the
// browser): lit-localize announces each loaded language on window. Dutch is in volg.html itself.
const TEXTS = {
  en: ['Follow your concern', 'Skip to content', 'Independent confidant for the social domain', 'Follow your concern', 'Did you raise a concern with the confidant? Here you can see how it is going. You can also read messages and send a reply.', 'This page uses no cookies and keeps nothing in your browser.'],
  pl: ['Śledź swoje zgłoszenie', 'Przejdź do treści', 'Niezależny mąż zaufania ds. pomocy społecznej', 'Śledź swoje zgłoszenie', 'Masz zgłoszenie u męża zaufania? Tutaj widzisz, jak idzie. Możesz też czytać wiadomości i odpowiadać.', 'Ta strona nie używa plików cookie i niczego nie zapisuje w Twojej przeglądarce.'],
  tr: ['Bildiriminizi takip edin', 'İçeriğe geç', 'Sosyal alanda bağımsız güven kişisi', 'Bildiriminizi takip edin', 'Güven kişisine bir bildirim yaptınız mı? Burada ne durumda olduğunu görürsünüz. Mesajları okuyabilir ve cevap gönderebilirsiniz.', 'Bu sayfa çerez kullanmaz ve tarayıcınızda hiçbir şey saklamaz.'],
  ar: ['تابع بلاغك', 'انتقل إلى المحتوى', 'الشخص المؤتمن المستقل في المجال الاجتماعي', 'تابع بلاغك', 'هل قدّمت بلاغًا إلى الشخص المؤتمن؟ هنا ترى كيف يسير. ويمكنك أيضًا قراءة الرسائل وإرسال رد.', 'هذه الصفحة لا تستعمل ملفات تعريف الارتباط ولا تحفظ شيئًا في متصفحك.'],
  uk: ['Стежте за своїм зверненням', 'Перейти до змісту', 'Незалежна довірена особа в соціальній сфері', 'Стежте за своїм зверненням', 'Ви надіслали звернення довіреній особі? Тут видно, як воно просувається. Ви також можете читати повідомлення й відповідати.', 'Ця сторінка не використовує файли cookie і нічого не зберігає у вашому браузері.'],
}
const parts = [...document.querySelectorAll('[data-text]')]
const dutch = parts.map((element) => element.textContent)
const dutchTitle = document.title

window.addEventListener('lit-localize-status', ({ detail }) => {
  if (detail.status !== 'ready') return
  const locale = detail.readyLocale
  const texts = TEXTS[locale]
  document.documentElement.lang = locale
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr'
  document.title = texts ? texts[0] : dutchTitle
  parts.forEach((element, i) => (element.textContent = texts ? texts[Number(element.dataset.text)] : dutch[i]))
})
