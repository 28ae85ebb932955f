// A page script that changes what Byline would read as names, in ways the reader does not see:
// text hidden inside the first author's name, and bidi controls around the second's.
(() => {
  const links = document.querySelectorAll('#abs .authors a');
  links[0].innerHTML =
    'Zhuoshi <span style="display:none">Mallory </span><span style="font-size:0">Eve </span>' +
    '<span style="position:absolute;left:-9999px">Trudy </span>Pan';
  links[1].textContent = '\u2067Qianhui\u2069 \u202eWu\u202c';
})();
