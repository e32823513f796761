using QRCoder;

namespace OneStopBot.Bot.Features.Dossiers;

/// <summary>The follow link as a QR image to show at the counter.</summary>
public static class FollowQr
{
    public static byte[] Png(string link)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(8);
    }
}
