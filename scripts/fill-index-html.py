#!/usr/bin/env python3
"""Fill the page template with the default dataset: its name (__KPI_DATASET__) and its Japanese title
(__KPI_TITLE__, also in the page title and link previews), both HTML-escaped.
Usage: fill-index-html.py TEMPLATE_HTML DATASET_JSON DATASET_NAME OUT_HTML"""
import html, json, sys
template, dataset_json, dataset_name, out = sys.argv[1:5]
page = open(template, encoding="utf-8").read()
title = json.load(open(dataset_json, encoding="utf-8"))["title"]["ja"]
with open(out, "w", encoding="utf-8") as f:
    f.write(page.replace("__KPI_TITLE__", html.escape(title)).replace("__KPI_DATASET__", html.escape(dataset_name)))
