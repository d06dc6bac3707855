"""A corpus of good, broken and hostile articles, as bytes, written into a temp content dir by tests.

Kept as Python rather than files so the exact bytes (CRLF, BOM, Latin-1, NUL, 5 MB)
survive git and editors. Each broken article names the message and line its one
error must carry; each hostile one carries an attack in a title, tag, quote,
actor name or body that must come out as inert text.
"""

from __future__ import annotations

from pathlib import Path

import yaml

GOOD = {
    "port-de-marseille.md": """---
title: "Le port de Marseille accueille un record de croisiéristes"
date: 2024-06-03
tags: [économie, tourisme]
lang: fr
---

Le port de Marseille a accueilli 2,5 millions de croisiéristes l'an dernier, selon la direction du port.
La maire adjointe chargée du tourisme, Claire Dumont, s'est félicitée de ce résultat.
« Nous devons maintenant limiter la pollution des navires à quai », a déclaré Claire Dumont devant le conseil municipal.

Les associations de riverains dénoncent une hausse de 30 % des émissions de soufre.
La ville pourra-t-elle concilier tourisme et qualité de l'air ?
""",
    "greve-des-cheminots.md": """---
title: Les cheminots en grève pour les salaires
date: 2024-02-14
tags: [social, transports]
---

Près de 4 000 agents de la SNCF ont cessé le travail mardi, d'après les syndicats.
Le ministre des Transports, Paul Girard, a appelé à la reprise du dialogue.
« Aucune négociation ne se fera sous la menace », a affirmé Paul Girard lors d'une conférence de presse.

La grève doit-elle se prolonger jusqu'aux vacances ?
""",
}

# name -> (bytes, a fragment of the one error's message, its line or None)
BAD: dict[str, tuple[bytes, str, int | None]] = {
    "empty.md": (b"", "empty file", 1),
    "blank.md": (b"  \n\n\t\n", "empty file", 1),
    "no-front-matter.md": ("Un texte sans en-tête.\n".encode(), "no front matter", 1),
    "unclosed.md": (b"---\ntitle: Jamais ferme\n\nLe corps.\n", "not closed", 1),
    "malformed-yaml.md": (b"---\ntitle: ok\ntags: [a, b\n---\nCorps.\n", "not valid YAML", 3),
    "bad-indent.md": (b"---\ntitle: ok\n  date: 2024-01-01\n---\nCorps.\n", "not valid YAML", 3),
    "impossible-date.md": (b"---\ntitle: ok\ndate: 2024-13-45\n---\nCorps.\n", "YAML cannot read", 2),
    "front-matter-list.md": (b"---\n- title\n- date\n---\nCorps.\n", "not a list", 2),
    "front-matter-string.md": (b"---\njuste une phrase\n---\nCorps.\n", "not text", 2),
    "no-title.md": (b"---\ndate: 2024-01-01\n---\nCorps.\n", "no 'title'", 2),
    "empty-title.md": (b"---\ntitle: ''\n---\nCorps.\n", "'title' is empty", 2),
    "null-title.md": (b"---\ntitle:\n---\nCorps.\n", "no 'title'", 2),
    "title-list.md": (b"---\ndate: 2024-01-01\ntitle: [a, b]\n---\nCorps.\n", "'title' must be text", 3),
    "tags-number.md": (b"---\ntitle: ok\ntags: 42\n---\nCorps.\n", "'tags' must be a list", 3),
    "tags-nested.md": (b"---\ntitle: ok\ntags: [[a], b]\n---\nCorps.\n", "'tags' must be a list of words", 3),
    "date-text.md": (b"---\ntitle: ok\ndate: mardi dernier\n---\nCorps.\n", "'date' must be a date", 3),
    "date-number.md": (b"---\ntitle: ok\ndate: 2024\n---\nCorps.\n", "'date' must be a date", 3),
    "source-mapping.md": (b"---\ntitle: ok\nsource: {url: x}\n---\nCorps.\n", "'source' must be text", 3),
    "lang-unknown.md": (b"---\ntitle: ok\nlang: de\n---\nCorps.\n", "'lang' must be one of", 3),
    "latin-1.md": ("---\ntitle: Été\n---\nCorps.\n".encode("latin-1"), "not UTF-8", 2),
    "image.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary", None),
    "utf16.md": ("---\ntitle: ok\n---\n".encode("utf-16"), "UTF-16", None),
}

# Duplicate slugs: both names become "port-de-marseille"; the second in sorted order is refused.
DUPLICATE = ("Port de Marseille.md", GOOD["port-de-marseille.md"].encode(), "already used")

# Accepted, with a warning or after normalising the bytes.
ODD: dict[str, bytes] = {
    "bom.md": b"\xef\xbb\xbf" + GOOD["greve-des-cheminots.md"].replace("cheminots en", "cheminots BOM en").encode(),
    "crlf.md": GOOD["greve-des-cheminots.md"]
    .replace("cheminots en", "cheminots CRLF en")
    .replace("\n", "\r\n")
    .encode(),
    "unknown-key.md": b"---\ntitle: Une cle inconnue\ncategorie: sport\n---\nLe match a eu lieu hier soir.\n",
    "no-sentences.md": b"---\ntitle: Rien\n---\n\n",
    "only-punctuation.md": "---\ntitle: '...'\n---\n\n— « » … ; : ! ?\n\n***\n".encode(),
    "unbalanced-quotes.md": (
        "---\ntitle: Guillemets\n---\n"
        "« Nous ne céderons pas, a dit le maire. La séance a repris.\n\n"
        'Il a répété " jamais sans une fin de citation. Le vote aura lieu » demain ».\n'
    ).encode(),
    "Nom Avec Espaces É.md": b"---\ntitle: Espaces\n---\nUn texte court.\n",
    "a..b.md": b"---\ntitle: Points\n---\nUn autre texte court.\n",
}

# Attacks, one per field a page prints. Each must build, and appear only as text.
SCRIPT = "<script>alert('xss')</script>"
IMG = '<img src=x onerror="alert(1)">'
JINJA = "{{ 7*7 }}{% raw %}"
HOSTILE: dict[str, str] = {
    "hostile-title.md": "---\n"
    + yaml.safe_dump(
        {
            "title": f"Titre {SCRIPT} {IMG} | a | b <!-- c --> {JINJA} [lien](javascript:alert(1)) # *x*",
            "tags": [SCRIPT, "a: b\n- c", 'x" onmouseover="alert(1)', JINJA, "---", "</script><script>alert(1)//"],
            "source": "javascript:alert(1)",
            "author": IMG,
        },
        allow_unicode=True,
    )
    + f"---\n\nLe ministre {IMG} a annoncé 300 millions d'euros pour les écoles, selon le gouvernement.\n",
    "hostile-body.md": f"""---
title: Un corps piégé
---

{SCRIPT}

<div onclick="alert(1)" style="background:url(javascript:alert(1))">Un paragraphe avec 12 000 habitants.</div>

[cliquez](javascript:alert(document.cookie)) et [ici](JaVaScRiPt:alert(1)) puis <a href="data:text/html,<script>alert(1)</script>">là</a>.

<iframe src="https://example.org"></iframe><svg onload="alert(1)"><circle/></svg>

<!-- un commentaire --> {JINJA} | colonne | colonne |

| a | b |
|---|---|
| <b onmouseover=alert(1)>x</b> | {IMG} |

``` 
{SCRIPT}
```
""",
    "hostile-quote.md": f"""---
title: Une citation piégée
---

Jean {SCRIPT} Martin, le porte-parole du gouvernement, a réagi mardi.
« Nous refusons {SCRIPT} toute {JINJA} ingérence | <!-- x --> {IMG} », a déclaré Jean Martin.
Les autorités ont recensé 1 200 {SCRIPT} victimes selon la préfecture.
Faut-il craindre {IMG} une nouvelle crise ?
""",
}


def big_article(size: int = 5_000_000) -> bytes:
    """A valid article of about ``size`` bytes: many short, varied paragraphs."""
    paragraph = (
        "Le conseil régional a voté {n} millions d'euros pour les lycées de la région, selon son président. "
        "« Ce budget répond aux besoins des familles », a déclaré la vice-présidente lors de la séance numéro {n}.\n\n"
    )
    parts = ["---\ntitle: Un très long article\n---\n\n"]
    total, n = 0, 0
    while total < size:
        n += 1
        parts.append(paragraph.format(n=n))
        total += len(parts[-1].encode())
    return "".join(parts).encode()


def write(content_dir: Path, files: dict[str, bytes | str]) -> None:
    content_dir.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (content_dir / name).write_bytes(data.encode() if isinstance(data, str) else data)
