"""The facilitators' pages of an evaluation: its questions and links, opening and closing, and
the results, shown from three answers, anonymous, comments never in the order given; the
event report's chapter."""

import re

import pytest
from django.test import Client

from builders.evaluations import evaluation_answered_by as answered_by
from cdfacil import reports, services
from tests.workshops.helpers import answers, form_data, url, walk_in_url
from workshops.models import Evaluation
from workshops.services.evaluation import evaluation_answer_save

pytestmark = pytest.mark.django_db


def test_the_facilitator_opens_the_evaluation_on_a_page_that_says_what_will_happen(
    fclient, evaluation
):
    page = fclient.get(url("evaluation_open", evaluation))
    assert "emails each of the 5 people invited" in page.content.decode()
    done = fclient.post(url("evaluation_open", evaluation), follow=True)
    assert "5 emails with a personal link are on their way." in done.content.decode()
    evaluation.refresh_from_db()
    assert evaluation.status == Evaluation.Status.OPEN
    closed = fclient.post(url("evaluation_close", evaluation), follow=True)
    assert "The evaluation is closed." in closed.content.decode()


def test_the_detail_page_shows_the_walk_in_link_and_the_questions(fclient, open_evaluation):
    html = fclient.get(url("evaluation_detail", open_evaluation)).content.decode()
    assert walk_in_url(open_evaluation) in html
    assert "0 of the 5 people invited have answered" in html
    assert "How effective were the methods used?" in html
    assert url("evaluation_question_create", open_evaluation) in html


def test_a_question_reworded_on_its_page_before_the_first_answer(fclient, open_evaluation):
    question = open_evaluation.questions.get(code="materials")
    edit = url("evaluation_question_edit", open_evaluation, question_pk=question.pk)
    fclient.post(edit, {"text_en": "Were the handouts useful?", "text_fr": "Les documents ?"})
    question.refresh_from_db()
    assert question.text == {"en": "Were the handouts useful?", "fr": "Les documents ?"}
    answered_by(open_evaluation, [3])
    page = fclient.post(edit, {"text_en": "Something else?"})
    assert "answered already" in page.content.decode()
    assert "Something else?" in page.content.decode()  # what was typed is kept
    html = fclient.get(url("evaluation_detail", open_evaluation)).content.decode()
    assert url("evaluation_question_create", open_evaluation) not in html


def test_results_are_hidden_below_three_answers_and_shown_at_three(fclient, open_evaluation):
    answered_by(open_evaluation, [5, 4])
    html = fclient.get(url("evaluation_results", open_evaluation)).content.decode()
    assert "Results show once 3 people have answered" in html
    assert "could be read from the averages" in html  # why
    assert "<svg" not in html and "Average" not in html

    answered_by(open_evaluation, [3])
    html = fclient.get(url("evaluation_results", open_evaluation)).content.decode()
    assert "Results show once" not in html
    assert "Average <strong>4.0</strong>" in html
    chart = html.split("<figure", 1)[1].split("</figure>", 1)[0]
    assert "<svg" in chart and "<script" not in chart
    assert html.count("3 ratings") == 6


def test_the_distribution_of_each_question(fclient, open_evaluation):
    answered_by(open_evaluation, [5, 5, 2, 1])
    html = fclient.get(url("evaluation_results", open_evaluation)).content.decode()
    assert "Average <strong>3.2</strong>" in html  # 13 / 4 = 3.25
    first = html.split('id="question-1"', 1)[1].split("</section>", 1)[0]
    counts = re.findall(r'<span class="text-end">(\d+)</span>', first)
    assert counts == ["1", "1", "0", "0", "2"]


def comments_on_page(html: str) -> list[str]:
    return re.findall(r"<li>(Comment \d+)</li>", html)


def test_comments_are_never_in_the_order_given_and_stay_put(fclient, open_evaluation):
    given = [f"Comment {n}" for n in range(1, 9)]
    phone = Client()
    for comment in given:
        phone.cookies.clear()  # eight phones
        phone.post(
            walk_in_url(open_evaluation), form_data(open_evaluation, comment=comment, only={"keep"})
        )
    html = fclient.get(url("evaluation_results", open_evaluation)).content.decode()
    shown = comments_on_page(html)
    assert sorted(shown) == sorted(given)
    assert shown != given and shown != list(reversed(given))
    again = fclient.get(url("evaluation_results", open_evaluation)).content.decode()
    assert comments_on_page(again) == shown


def test_the_results_never_name_anyone(fclient, open_evaluation, core_group, stakeholder):
    answered_by(open_evaluation, [4, 4, 4])
    html = fclient.get(url("evaluation_results", open_evaluation)).content.decode()
    detail = fclient.get(url("evaluation_detail", open_evaluation)).content.decode()
    people = [p.user for p in core_group] + [stakeholder]
    for user in people:
        for page in (html, detail):
            assert user.display_name not in page and user.email not in page


def test_the_results_page_makes_the_same_queries_whatever_the_answers(
    fclient, open_evaluation, django_assert_num_queries
):
    answered_by(open_evaluation, [4, 3, 5])
    with django_assert_num_queries(QUERIES_RESULTS):
        fclient.get(url("evaluation_results", open_evaluation))
    for n in range(12):
        evaluation_answer_save(
            evaluation=open_evaluation,
            answers=answers(open_evaluation, rating=1 + n % 5, comment=f"c{n}"),
        )
    with django_assert_num_queries(QUERIES_RESULTS):
        page = fclient.get(url("evaluation_results", open_evaluation))
    assert "15 answers" in page.content.decode()


QUERIES_RESULTS = 11  # session, user, event, evaluation, 4 of results, 3 of the menu's rules


def test_the_event_report_has_an_evaluation_chapter(open_evaluation):
    answered_by(open_evaluation, [5, 4])
    kind = reports.get("event")
    html = services.report_html(kind=kind, subject=open_evaluation.event, language="en")
    assert "Evaluation of the workshops" in html
    assert "Results show once 3 people have answered" in html
    answered_by(open_evaluation, [3])
    html = services.report_html(kind=kind, subject=open_evaluation.event, language="fr")
    assert "Évaluation des ateliers" in html
    assert "Dans quelle mesure le programme répondait-il à vos besoins ?" in html
    assert "<svg" in html
    assert kind.content(open_evaluation.event)["chapters"]["evaluations"][0][2] == 3
