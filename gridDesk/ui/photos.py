"""Portrait photos: cropped to 3:4 around the centre, scaled, JPEG; a small thumbnail beside."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, Qt
from PySide6.QtGui import QImage

PORTRAIT = (360, 480)
THUMB = (72, 96)


class PhotoError(ValueError):
    pass


def _jpeg(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 88)
    buffer.close()
    return bytes(data)


def portrait_from_file(path: str) -> tuple[bytes, bytes]:
    image = QImage(path)
    if image.isNull():
        raise PhotoError(QCoreApplication.translate("Photos", "无法读取这张图片，请选择 JPG 或 PNG 照片。"))
    w, h = image.width(), image.height()
    if w < 90 or h < 120:
        raise PhotoError(QCoreApplication.translate("Photos", "照片太小（至少 90×120 像素），印在公示牌上会模糊。"))
    # The largest 3:4 rectangle, centred horizontally and kept toward the top, where the face is.
    if w * 4 > h * 3:
        cw, ch = h * 3 // 4, h
        rect = QRect((w - cw) // 2, 0, cw, ch)
    else:
        cw, ch = w, w * 4 // 3
        rect = QRect(0, max(0, (h - ch) // 4), cw, ch)
    cropped = image.copy(rect).convertToFormat(QImage.Format.Format_RGB32)
    photo = cropped.scaled(*PORTRAIT, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    thumb = cropped.scaled(*THUMB, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return _jpeg(photo), _jpeg(thumb)
