#!/usr/bin/env python3
"""Writes a synthetic help center for scripts/benchmark: 3 languages x N pages of ~4 KB Markdown.

The same pages are written three times, once per tool measured:

  OUT/content/<lang>/<id>.md        for `migration-docs build` (front matter: title, description, slug, id,
                                    order, section; links between pages name the target file, `page-00042.md`)
  OUT/hugo/content/<lang>/<id>.md   for Hugo (slug, url, translationKey = id, weight = order, group = section;
                                    links point at the target's folder, `../<slug>/`, as Hugo publishes it)
  OUT/plain/<lang>/<id>.md          the body alone, for the cmark-only floor

Everything comes from random.Random seeded with the seed and the page's number, so a seed always gives the same
bytes (string seeds are hashed with SHA-512, not with Python's per-process hash). Python 3 standard library only.
"""

import argparse
import json
import os
import random
import sys
import unicodedata

LANGUAGES = ("pt-BR", "en", "es")
# Checked at section ends, before links are spelled out: this gives pages of ~4 KB on disk.
TARGET_BODY_BYTES = 3000

# Per language: the words a help center about WhatsApp Business messaging is made of.
VOCABULARY = {
    "pt-BR": {
        "sections": ["Primeiros passos", "Migração de número", "Modelos de mensagem", "Faturamento",
                     "Integrações", "Segurança", "Solução de problemas"],
        "actions": ["Configurar", "Verificar", "Migrar", "Aprovar", "Conectar", "Atualizar", "Revisar", "Ativar",
                    "Desativar", "Exportar", "Agendar", "Testar"],
        "objects": ["o webhook", "o número de telefone", "a conta do WhatsApp Business", "o nome de exibição",
                    "a verificação em duas etapas", "o método de pagamento", "os modelos de mensagem",
                    "o Gerenciador de Negócios", "o token de acesso", "a fila de atendimento", "o perfil comercial",
                    "o limite de mensagens", "a integração com o CRM", "o certificado", "o código de verificação"],
        "subjects": ["O administrador", "A equipe de suporte", "O provedor atual", "O novo BSP",
                     "Quem gerencia a conta", "O cliente", "A Meta", "O desenvolvedor responsável"],
        "verbs": ["precisa confirmar", "pode revisar", "deve atualizar", "consegue ativar", "recebe",
                  "envia", "aprova", "registra", "valida", "acompanha"],
        "tails": ["antes da janela de migração", "em até 24 horas", "no painel de controle",
                  "sem interromper o atendimento", "depois da aprovação", "a partir do Gerenciador de Negócios",
                  "durante o horário comercial", "com a ajuda do suporte", "para cada número da conta",
                  "assim que o status mudar"],
        "notes": ["Importante", "Atenção", "Dica", "Observação"],
        "intro": "Este artigo explica como {action} {object} e o que verificar antes de começar.",
        "headings": ["Antes de começar", "Requisitos", "Passo a passo", "Como verificar o status",
                     "Perguntas frequentes", "Erros comuns", "Limites e prazos", "Próximos passos",
                     "Exemplo de configuração", "Quem faz o quê"],
        "see_also": "Veja também",
        "description": "Como {action} {object}: requisitos, passos e erros comuns.",
        "step": "Passo",
    },
    "en": {
        "sections": ["Getting started", "Number migration", "Message templates", "Billing", "Integrations",
                     "Security", "Troubleshooting"],
        "actions": ["Set up", "Verify", "Migrate", "Approve", "Connect", "Update", "Review", "Turn on",
                    "Turn off", "Export", "Schedule", "Test"],
        "objects": ["the webhook", "the phone number", "the WhatsApp Business Account", "the display name",
                    "two-step verification", "the payment method", "the message templates", "Business Manager",
                    "the access token", "the support queue", "the business profile", "the messaging limit",
                    "the CRM integration", "the certificate", "the verification code"],
        "subjects": ["The administrator", "The support team", "Your current provider", "The new BSP",
                     "Whoever manages the account", "The customer", "Meta", "The developer in charge"],
        "verbs": ["needs to confirm", "can review", "must update", "can turn on", "receives", "sends",
                  "approves", "registers", "validates", "keeps track of"],
        "tails": ["before the migration window", "within 24 hours", "in the dashboard",
                  "without interrupting support", "after approval", "from Business Manager",
                  "during business hours", "with help from support", "for every number on the account",
                  "as soon as the status changes"],
        "notes": ["Important", "Warning", "Tip", "Note"],
        "intro": "This article explains how to {action} {object} and what to check before you start.",
        "headings": ["Before you start", "Requirements", "Step by step", "How to check the status",
                     "Frequently asked questions", "Common errors", "Limits and deadlines", "Next steps",
                     "Configuration example", "Who does what"],
        "see_also": "See also",
        "description": "How to {action} {object}: requirements, steps and common errors.",
        "step": "Step",
    },
    "es": {
        "sections": ["Primeros pasos", "Migración de número", "Plantillas de mensaje", "Facturación",
                     "Integraciones", "Seguridad", "Solución de problemas"],
        "actions": ["Configurar", "Verificar", "Migrar", "Aprobar", "Conectar", "Actualizar", "Revisar", "Activar",
                    "Desactivar", "Exportar", "Programar", "Probar"],
        "objects": ["el webhook", "el número de teléfono", "la cuenta de WhatsApp Business", "el nombre visible",
                    "la verificación en dos pasos", "el método de pago", "las plantillas de mensaje",
                    "el Administrador comercial", "el token de acceso", "la cola de atención", "el perfil comercial",
                    "el límite de mensajes", "la integración con el CRM", "el certificado", "el código de verificación"],
        "subjects": ["El administrador", "El equipo de soporte", "Tu proveedor actual", "El nuevo BSP",
                     "Quien gestiona la cuenta", "El cliente", "Meta", "El desarrollador responsable"],
        "verbs": ["necesita confirmar", "puede revisar", "debe actualizar", "puede activar", "recibe", "envía",
                  "aprueba", "registra", "valida", "sigue"],
        "tails": ["antes de la ventana de migración", "en un plazo de 24 horas", "en el panel de control",
                  "sin interrumpir la atención", "después de la aprobación", "desde el Administrador comercial",
                  "en horario laboral", "con ayuda del soporte", "para cada número de la cuenta",
                  "en cuanto cambie el estado"],
        "notes": ["Importante", "Atención", "Consejo", "Nota"],
        "intro": "Este artículo explica cómo {action} {object} y qué comprobar antes de empezar.",
        "headings": ["Antes de empezar", "Requisitos", "Paso a paso", "Cómo comprobar el estado",
                     "Preguntas frecuentes", "Errores comunes", "Límites y plazos", "Próximos pasos",
                     "Ejemplo de configuración", "Quién hace qué"],
        "see_also": "Consulta también",
        "description": "Cómo {action} {object}: requisitos, pasos y errores comunes.",
        "step": "Paso",
    },
}

CODE_SNIPPETS = [
    ("json", '{{\n  "messaging_product": "whatsapp",\n  "to": "5511912345678",\n  "type": "template",\n'
             '  "template": {{ "name": "order_confirmed", "language": {{ "code": "{lang}" }} }}\n}}'),
    ("sh", 'curl -X POST "https://graph.facebook.com/v21.0/{id}/register" \\\n'
           '  -H "Authorization: Bearer $ACCESS_TOKEN" \\\n  -d \'{{"messaging_product": "whatsapp", "pin": "123456"}}\''),
    ("http", "GET /v21.0/{id}/phone_numbers HTTP/1.1\nHost: graph.facebook.com\nAuthorization: Bearer $ACCESS_TOKEN"),
    ("yaml", "webhook:\n  url: https://example.com/whatsapp/{id}\n  verify_token: change-me\n  fields: [messages, statuses]"),
]

INLINE_CODE = ["phone_number_id", "waba_id", "messages", "statuses", "131031", "133010", "access_token",
               "display_name", "code_method", "pin", "/register", "template_status_update"]


def ascii_slug(text):
    """`Configurar o webhook` → `configurar-o-webhook`: the URL segment, ASCII letters, digits and dashes."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    return "-".join(words)


class Page:
    """One page in one language: front matter values and the Markdown body with links as placeholders."""

    def __init__(self, number, language, pages_per_language, seed):
        self.number = number
        self.language = language
        self.id = f"page-{number:05d}"
        words = VOCABULARY[language]
        # The topic is shared by the three translations of a page; the wording is not.
        topic = random.Random(f"{seed}:topic:{number}")
        action_index = topic.randrange(len(words["actions"]))
        object_index = topic.randrange(len(words["objects"]))
        action = words["actions"][action_index]
        obj = words["objects"][object_index]
        self.title = f"{action} {obj} ({number})"
        self.description = words["description"].format(action=action.lower(), object=obj)
        self.slug = f"{ascii_slug(action + ' ' + obj)}-{number}"
        self.order = number
        sections = words["sections"]
        self.section = sections[min(len(sections) - 1, (number - 1) * len(sections) // pages_per_language)]
        self.action = action.lower()
        self.object = obj


def sentence(rng, words, links):
    """One sentence, sometimes with emphasis, inline code or a link to another page."""
    text = f"{rng.choice(words['subjects'])} {rng.choice(words['verbs'])} {rng.choice(words['objects'])} " \
           f"{rng.choice(words['tails'])}"
    roll = rng.random()
    if roll < 0.15:
        text += f", *{rng.choice(words['tails'])}*"
    elif roll < 0.3:
        text += f" (`{rng.choice(INLINE_CODE)}`)"
    elif roll < 0.42 and links:
        target = rng.choice(links)
        text += f"; {words['see_also'].lower()} {{link:{target}}}"
    elif roll < 0.5:
        text = f"**{text}**"
    return text + "."


def paragraph(rng, words, links):
    return " ".join(sentence(rng, words, links) for _ in range(rng.randint(2, 5)))


def body(page, pages, rng_structure, rng_text):
    """The Markdown body: an introduction, then headed sections of paragraphs, lists, notes and code."""
    words = VOCABULARY[page.language]
    count = len(pages)
    links = sorted({1 + (page.number - 1 + rng_structure.randint(1, count - 1)) % count
                    for _ in range(6)} - {page.number}) if count > 1 else []
    blocks = [words["intro"].format(action=page.action, object=page.object), paragraph(rng_text, words, links)]
    headings = list(words["headings"])
    rng_structure.shuffle(headings)
    size = sum(len(b) for b in blocks)
    heading_number = 0
    while size < TARGET_BODY_BYTES and heading_number < len(headings):
        section = [f"## {headings[heading_number]}"]
        heading_number += 1
        for kind in rng_structure.sample(["paragraph", "bullets", "steps", "code", "note", "subheading"], 3):
            if kind == "paragraph":
                section.append(paragraph(rng_text, words, links))
            elif kind == "bullets":
                section.append("\n".join(f"- {sentence(rng_text, words, links)}"
                                         for _ in range(rng_text.randint(3, 6))))
            elif kind == "steps":
                section.append("\n".join(f"{i}. {sentence(rng_text, words, links)}"
                                         for i in range(1, rng_text.randint(3, 6) + 1)))
            elif kind == "code":
                language, code = rng_structure.choice(CODE_SNIPPETS)
                snippet = code.format(lang=page.language, id=f"1{page.number:014d}")
                section.append(f"```{language}\n{snippet}\n```")
            elif kind == "note":
                section.append(f"> **{rng_text.choice(words['notes'])}:** {sentence(rng_text, words, links)}")
            else:
                section.append(f"### {words['step']} {rng_structure.randint(1, 9)}: "
                               f"{rng_text.choice(words['actions'])} {rng_text.choice(words['objects'])}")
                section.append(paragraph(rng_text, words, links))
        blocks.extend(section)
        size += sum(len(b) for b in section)
    if links:
        blocks.append(f"## {words['see_also']}")
        blocks.append("\n".join(f"- {{link:{target}}}" for target in links[:3]))
    return "\n\n".join(blocks) + "\n"


def resolve_links(markdown, pages, link):
    """Replaces `{link:N}` with the Markdown link each tool expects for page N."""
    out = []
    rest = markdown
    while True:
        start = rest.find("{link:")
        if start < 0:
            out.append(rest)
            return "".join(out)
        end = rest.index("}", start)
        target = pages[int(rest[start + 6:end]) - 1]
        out.append(rest[:start])
        out.append(f"[{target.title}]({link(target)})")
        rest = rest[end + 1:]


def yaml_string(value):
    """A double-quoted YAML scalar (JSON's string syntax is a subset of YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(out, pages_per_language, seed):
    for language in LANGUAGES:
        pages = [Page(n, language, pages_per_language, seed) for n in range(1, pages_per_language + 1)]
        for page in pages:
            rng_structure = random.Random(f"{seed}:structure:{page.number}")
            rng_text = random.Random(f"{seed}:text:{language}:{page.number}")
            markdown = body(page, pages, rng_structure, rng_text)
            ours = resolve_links(markdown, pages, lambda target: f"{target.id}.md")
            hugo = resolve_links(markdown, pages, lambda target: f"../{target.slug}/")
            write(os.path.join(out, "content", language, f"{page.id}.md"),
                  "---\n"
                  f"title: {yaml_string(page.title)}\n"
                  f"description: {yaml_string(page.description)}\n"
                  f"slug: {yaml_string(page.slug)}\n"
                  f"id: {yaml_string(page.id)}\n"
                  f"order: {page.order}\n"
                  f"section: {yaml_string(page.section)}\n"
                  "---\n\n" + ours)
            write(os.path.join(out, "hugo", "content", language, f"{page.id}.md"),
                  "---\n"
                  f"title: {yaml_string(page.title)}\n"
                  f"description: {yaml_string(page.description)}\n"
                  f"slug: {yaml_string(page.slug)}\n"
                  # Hugo lowercases the language in its URLs (`/pt-br/`); `url` keeps ours, `/pt-BR/<slug>/`.
                  f"url: {yaml_string(f'/{language}/{page.slug}/')}\n"
                  f"translationKey: {yaml_string(page.id)}\n"
                  f"weight: {page.order}\n"
                  f"group: {yaml_string(page.section)}\n"
                  "---\n\n" + hugo)
            write(os.path.join(out, "plain", language, f"{page.id}.md"), ours)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000, help="pages per language (default 1000)")
    parser.add_argument("--seed", default="migration-docs", help="any string; the same seed gives the same site")
    parser.add_argument("--output", required=True, help="folder to write content/, hugo/content/ and plain/ into")
    args = parser.parse_args(argv)
    if args.pages < 1:
        parser.error("--pages must be at least 1")
    generate(args.output, args.pages, args.seed)


if __name__ == "__main__":
    main(sys.argv[1:])
